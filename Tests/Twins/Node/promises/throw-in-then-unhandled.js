// An error thrown in a then handler rejects the promise then returned; with no handler on it,
// that promise is reported after the drain.
const derived = Promise.resolve(1).then((value) => {
  throw new Error(`bad value ${value}`);
});
process.on('unhandledRejection', (reason, promise) => console.log('unhandledRejection', reason.message, promise === derived));
process.on('exit', (code) => console.log('exit', code));
