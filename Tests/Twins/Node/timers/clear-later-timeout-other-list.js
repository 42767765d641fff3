// A callback can clear a timeout of another list that is already overdue: it never runs,
// and the lists after it still do.
let other;
setTimeout(() => {
  const end = process.hrtime.bigint() + 30_000_000n;
  while (process.hrtime.bigint() < end);
  console.log('1 ms callback, 30 ms later: clearing the 5 ms timeout');
  clearTimeout(other);
}, 1);
other = setTimeout(() => console.log('5 ms (should not run)'), 5);
setTimeout(() => console.log('10 ms'), 10);
