// An immediate queued by a tick or microtask that runs between two immediates still waits for
// the next iteration, after the rest of the current batch.
setImmediate(() => {
  console.log('A');
  process.nextTick(() => setImmediate(() => console.log('from tick in A')));
  queueMicrotask(() => setImmediate(() => console.log('from microtask in A')));
});
setImmediate(() => console.log('B'));
