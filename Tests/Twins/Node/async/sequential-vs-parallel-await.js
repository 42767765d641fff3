// Awaiting two timers one after the other takes the sum of the delays; awaiting Promise.all of
// both takes the longest.
function delay(ms) {
  return new Promise((resolve) => setTimeout(() => resolve(ms), ms));
}
async function main() {
  let start = performance.now();
  const first = await delay(40);
  const second = await delay(60);
  console.log('sequential', first, second, performance.now() - start >= 95);
  start = performance.now();
  const both = await Promise.all([delay(60), delay(40)]);
  const elapsed = performance.now() - start;
  console.log('parallel', both, elapsed >= 55 && elapsed < 95);
}
main();
