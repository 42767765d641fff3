// Every nextTick callback runs before any queueMicrotask job, even jobs that were queued first.
queueMicrotask(() => console.log('microtask 1'));
process.nextTick(() => console.log('tick 1'));
queueMicrotask(() => console.log('microtask 2'));
process.nextTick(() => console.log('tick 2'));
console.log('script end');
