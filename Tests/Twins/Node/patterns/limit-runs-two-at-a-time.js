// A concurrency limit of 2 (what p-limit does, written out here) starts two tasks at once and
// each waiting task, in order, as soon as a running one settles; a failure frees its slot too.
function limit(concurrency) {
  let active = 0;
  const queue = [];
  const startWaiting = () => {
    while (active < concurrency && queue.length > 0) queue.shift()();
  };
  const wrapped = (work) => new Promise((resolve, reject) => {
    queue.push(() => {
      active += 1;
      let started;
      try { started = work(); } catch (error) { started = Promise.reject(error); }
      started.then(
        (value) => { active -= 1; startWaiting(); resolve(value); },
        (error) => { active -= 1; startWaiting(); reject(error); });
    });
    startWaiting();
  });
  Object.defineProperty(wrapped, 'activeCount', { get: () => active });
  Object.defineProperty(wrapped, 'pendingCount', { get: () => queue.length });
  return wrapped;
}
const run = limit(2);
const task = (name, ms, fails) => () => {
  console.log('start', name, 'active', run.activeCount);
  return new Promise((resolve, reject) => setTimeout(() => {
    console.log('end', name);
    if (fails) reject(new Error(name + ' failed')); else resolve(name);
  }, ms));
};
const results = [run(task('A', 120)), run(task('B', 40)), run(task('C', 40, true)), run(task('D', 80))];
console.log('queued', run.pendingCount, 'active', run.activeCount);
Promise.allSettled(results).then((outcomes) => console.log(outcomes.map((o) => o.status === 'fulfilled' ? o.value : o.reason.message)));
