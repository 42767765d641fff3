// A rejection with no handler and no listener, in the default throw mode, ends the run after the
// microtask drain: the pending timer never runs and the exit code is 1.
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => console.log('timer'), 0);
Promise.reject(new Error('nobody handles this'));
Promise.resolve().then(() => console.log('job runs first'));
console.log('sync');
