// An unhandledRejection listener receives the reason and the promise; the run goes on and exits
// with code 0.
process.on('exit', (code) => console.log('exit', code));
process.on('unhandledRejection', (reason, promise) => console.log('unhandledRejection', reason.message, promise === rejected));
setTimeout(() => console.log('timer'), 0);
const rejected = Promise.reject(new Error('unhandled'));
