// Patterns 1: eight downloads through a limit of three. Each waits for a free slot, the next
// starts as one finishes, and never more than three run at once. (No npm here: the limit is the
// few lines p-limit is made of.)
function limitTo(concurrency) {
  let active = 0;
  const waiting = [];
  const startNext = () => {
    if (active >= concurrency || waiting.length === 0) return;
    active += 1;
    const { work, resolve, reject } = waiting.shift();
    Promise.resolve().then(work).then(resolve, reject).finally(() => { active -= 1; startNext(); });
  };
  return (work) => new Promise((resolve, reject) => { waiting.push({ work, resolve, reject }); startNext(); });
}
const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const durations = [60, 120, 180, 180, 300, 180, 240, 200];
const limit = limitTo(3);
let running = 0;
let peak = 0;
let finished = 0;
const downloads = durations.map((ms, index) => limit(() => {
  running += 1;
  peak = Math.max(peak, running);
  console.log(`start file-${index + 1} (${ms} ms), ${running} running`);
  return delay(ms).then(() => {
    running -= 1;
    finished += 1;
    console.log(`  done file-${index + 1}: ${finished}/${durations.length}`);
    return `file-${index + 1}`;
  });
}));
Promise.all(downloads).then((names) => {
  console.log('all downloaded, in input order:', names.join(' '));
  console.log('most at once:', peak);
});
