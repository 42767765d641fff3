// A tick queued by a microtask waits until the microtask queue is empty, then runs before any
// timer.
setTimeout(() => console.log('timeout'), 0);
queueMicrotask(() => {
  console.log('microtask 1');
  process.nextTick(() => console.log('tick from microtask 1'));
});
queueMicrotask(() => console.log('microtask 2'));
queueMicrotask(() => console.log('microtask 3'));
