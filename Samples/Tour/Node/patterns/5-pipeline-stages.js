// Patterns 5: twelve records through three stages -- fetch (4 at a time), parse (2 at a time),
// save (one at a time) -- with at most 2 records waiting in front of each stage. A full buffer
// holds back the stage before it; results keep input order.
const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function pipeline(items, stages, buffer) {
  return new Promise((resolve, reject) => {
    const results = new Array(items.length);
    const queues = stages.map(() => []);
    const running = stages.map(() => 0);
    let nextItem = 0;
    let done = 0;
    let failed = false;
    const room = (s) => s >= stages.length || queues[s].length + running[s] < buffer + stages[s].concurrency;
    const pump = () => {
      for (let s = stages.length - 1; s >= 0; s -= 1) {
        while (!failed && queues[s].length > 0 && running[s] < stages[s].concurrency) {
          const { index, value } = queues[s].shift();
          running[s] += 1;
          Promise.resolve().then(() => stages[s].run(value)).then((next) => {
            running[s] -= 1;
            if (s + 1 < stages.length) queues[s + 1].push({ index, value: next });
            else { results[index] = next; done += 1; }
            if (done === items.length) resolve(results);
            pump();
          }, (error) => { failed = true; reject(new Error(`${stages[s].name} failed on item ${index}: ${error.message}`)); });
        }
      }
      while (!failed && nextItem < items.length && room(0)) {
        queues[0].push({ index: nextItem, value: items[nextItem] });
        nextItem += 1;
      }
      if (queues[0].length > 0 && running[0] < stages[0].concurrency) pump();
    };
    pump();
  });
}

const peaks = { fetch: 0, parse: 0, save: 0 };
const active = { fetch: 0, parse: 0, save: 0 };
let saved = 0;
const step = (name, ms, work) => ({
  name,
  concurrency: { fetch: 4, parse: 2, save: 1 }[name],
  run: (value) => {
    active[name] += 1;
    peaks[name] = Math.max(peaks[name], active[name]);
    return delay(ms).then(() => { active[name] -= 1; return work(value); });
  },
});
const ids = Array.from({ length: 12 }, (_, i) => i + 1);
pipeline(ids, [
  step('fetch', 30, (id) => `{"id":${id},"total":${id * 7}}`),
  step('parse', 45, (json) => JSON.parse(json)),
  step('save', 20, (record) => {
    saved += 1;
    if (saved % 4 === 0) console.log(`saved ${saved} of ${ids.length}`);
    return `#${record.id}=${record.total}`;
  }),
], 2).then((results) => {
  console.log('results in input order:', results.join(' '));
  console.log(`most at once: fetch ${peaks.fetch}, parse ${peaks.parse}, save ${peaks.save}`);
});
