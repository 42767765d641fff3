// Immediates run in the order they were queued, after the synchronous script.
setImmediate(() => console.log('first'));
setImmediate(() => console.log('second'));
setImmediate(() => console.log('third'));
console.log('script end');
