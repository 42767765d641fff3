// The unhandled-rejection check runs after the microtask drain: a catch added in a nextTick is in
// time; one added in a setImmediate is late, so unhandledRejection fires, then the catch handler,
// then rejectionHandled.
const inTime = Promise.reject(new Error('in time'));
const late = Promise.reject(new Error('late'));
process.on('unhandledRejection', (reason, promise) => console.log('unhandledRejection', reason.message, promise === late));
process.on('rejectionHandled', (promise) => console.log('rejectionHandled', promise === late));
process.nextTick(() => inTime.catch((error) => console.log('caught', error.message)));
setImmediate(() => late.catch((error) => console.log('caught', error.message)));
