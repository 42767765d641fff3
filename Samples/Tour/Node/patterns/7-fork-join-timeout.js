// Patterns 7: a page built from three services started at once (fork-join). The slow one is
// given 100 ms: past that its promise rejects with a TimeoutError and the page falls back to
// an empty list instead of waiting.
const delay = (ms, value) => new Promise((resolve) => setTimeout(() => resolve(value), ms));
class TimeoutError extends Error {
  constructor(message) { super(message); this.name = 'TimeoutError'; }
}
function timeout(promise, ms) {
  let timer;
  const expired = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`Promise timed out after ${ms} milliseconds`)), ms);
  });
  return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
}
async function forkJoin(tasks) {
  const names = Object.keys(tasks).sort();
  const values = await Promise.all(names.map((name) => tasks[name]()));
  return Object.fromEntries(names.map((name, index) => [name, values[index]]));
}

const started = performance.now();
forkJoin({
  user: () => delay(40, 'ada'),
  orders: () => delay(60, '3 orders'),
  recommendations: () => timeout(delay(400, '5 picks'), 100).catch((error) => {
    console.log(`recommendations: ${error.name}: ${error.message}`);
    return 'none';
  }),
}).then((page) => {
  for (const [name, value] of Object.entries(page)) console.log(`${name}: ${value}`);
  console.log('page ready before the slow service:', performance.now() - started < 400);
});
