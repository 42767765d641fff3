// A catch attached in a timer is late: unhandledRejection fires after the first drain; attaching
// the catch later runs the handler, then emits rejectionHandled for the same promise.
process.on('unhandledRejection', (reason, promise) => console.log('unhandledRejection', reason.message, promise === rejected));
process.on('rejectionHandled', (promise) => console.log('rejectionHandled', promise === rejected));
process.on('exit', (code) => console.log('exit', code));
const rejected = Promise.reject(new Error('handled in a timer'));
setTimeout(() => {
  rejected.catch((error) => console.log('caught', error.message));
  console.log('catch attached');
}, 1);
