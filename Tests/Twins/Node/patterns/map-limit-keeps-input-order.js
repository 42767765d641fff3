// mapLimit runs at most two items at a time, reports progress after each, keeps every outcome at
// its input index, and with stopOnFirstError leaves the items not yet started unstarted.
function mapLimit(items, concurrency, { stopOnFirstError = false, progress } = {}, transform) {
  let active = 0, completed = 0, failed = 0, stopped = false;
  const queue = [];
  const startWaiting = () => { while (active < concurrency && queue.length > 0) queue.shift()(); };
  const runLimited = (work) => new Promise((resolve, reject) => {
    queue.push(() => {
      active += 1;
      let started;
      try { started = work(); } catch (error) { started = Promise.reject(error); }
      started.then((v) => { active -= 1; startWaiting(); resolve(v); }, (e) => { active -= 1; startWaiting(); reject(e); });
    });
    startWaiting();
  });
  return Promise.all(items.map((item, index) => runLimited(() => stopped ? Promise.reject(new Error('not started')) : transform(item, index)).then(
    (value) => { completed += 1; progress && progress({ completed, failed, total: items.length }); return { value }; },
    (error) => {
      if (error.message === 'not started') return { error: error.message };
      failed += 1; if (stopOnFirstError) stopped = true;
      progress && progress({ completed, failed, total: items.length });
      return { error: error.message };
    })));
}
const wait = (ms, value, fails) => new Promise((resolve, reject) => setTimeout(() => fails ? reject(new Error(value + ' failed')) : resolve(value), ms));
const log = (p) => console.log('progress', p.completed, p.failed, p.total);
mapLimit([80, 20, 60, 40], 2, { progress: log }, (ms, index) => wait(ms, 'item' + index, index === 2))
  .then((outcomes) => {
    console.log(outcomes.map((o) => o.value ?? o.error));
    return mapLimit([20, 40, 60, 80], 1, { stopOnFirstError: true, progress: log }, (ms, index) => wait(ms, 'next' + index, index === 1));
  })
  .then((outcomes) => console.log(outcomes.map((o) => o.value ?? o.error)));
