// A timeout created inside a timeout with the same delay is not due yet: the rest of the
// already-due list runs first, then the loop turns (an immediate runs) before the nested one.
setTimeout(() => {
  console.log('A');
  setTimeout(() => console.log('nested in A'), 1);
  setImmediate(() => console.log('immediate from A'));
}, 1);
setTimeout(() => console.log('B'), 1);
const end = process.hrtime.bigint() + 30_000_000n;
while (process.hrtime.bigint() < end);
console.log('script end, both timeouts due');
