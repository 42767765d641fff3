// Ticks and microtasks drain after the script and after every single timer callback, whether the
// next timer is in the same list (1 ms) or in another one (3 ms).
setTimeout(() => {
  console.log('timer A (1 ms)');
  queueMicrotask(() => console.log('microtask from A'));
  process.nextTick(() => console.log('tick from A'));
}, 1);
setTimeout(() => {
  console.log('timer B (1 ms)');
  queueMicrotask(() => console.log('microtask from B'));
}, 1);
setTimeout(() => {
  console.log('timer C (3 ms)');
  queueMicrotask(() => console.log('microtask from C'));
}, 3);
queueMicrotask(() => console.log('microtask from script'));
console.log('script end');
