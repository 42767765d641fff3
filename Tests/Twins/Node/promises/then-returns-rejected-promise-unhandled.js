// A then handler returning a rejected promise: the returned promise is adopted within the drain,
// so only the promise then created is reported, once, with the inner reason.
const derived = Promise.resolve().then(() => Promise.reject(new Error('inner rejection')));
process.on('unhandledRejection', (reason, promise) => console.log('unhandledRejection', reason.message, promise === derived));
process.on('exit', (code) => console.log('exit', code));
