// Chapter 4: waiting for two timers one after the other takes the sum of their delays; starting
// both at once takes only the longer one. (Timers may fire up to 1 ms early against a clock of
// finer grain, as libuv counts whole milliseconds, hence the 5 ms tolerance.)
function wait(ms, label, done) {
  setTimeout(() => { console.log(`  ${label} done`); done(); }, ms);
}
const sequentialStart = performance.now();
console.log('sequential:');
wait(50, 'first (50 ms)', () => {
  wait(100, 'second (100 ms)', () => {
    console.log('  total about the sum of 150 ms:', performance.now() - sequentialStart >= 145);
    const parallelStart = performance.now();
    let pending = 2;
    const finished = () => {
      pending -= 1;
      if (pending > 0) return;
      const total = performance.now() - parallelStart;
      console.log('  total about the longest, 100 ms:', total >= 95);
      console.log('  total < 150 ms (less than the sum):', total < 150);
    };
    console.log('parallel:');
    wait(100, 'slow (100 ms)', finished);
    wait(50, 'fast (50 ms)', finished);
  });
});
