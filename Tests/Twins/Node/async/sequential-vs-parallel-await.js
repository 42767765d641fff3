// Awaiting two timers one after the other takes the sum of the delays; awaiting Promise.all of
// both takes the longest (delays far enough apart that a loaded machine cannot blur them).
function delay(ms) {
  return new Promise((resolve) => setTimeout(() => resolve(ms), ms));
}
async function main() {
  let start = performance.now();
  const first = await delay(150);
  const second = await delay(250);
  console.log('sequential', first, second, performance.now() - start >= 395);
  start = performance.now();
  const both = await Promise.all([delay(250), delay(150)]);
  const elapsed = performance.now() - start;
  console.log('parallel', both, elapsed >= 245 && elapsed < 395);
}
main();
