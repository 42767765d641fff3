// A catch attached in a nextTick is in time: the rejection is handled before the check, so no
// unhandledRejection or rejectionHandled is emitted.
process.on('unhandledRejection', (reason) => console.log('unhandledRejection', reason.message));
process.on('rejectionHandled', () => console.log('rejectionHandled'));
process.on('exit', (code) => console.log('exit', code));
const rejected = Promise.reject(new Error('handled in a tick'));
process.nextTick(() => rejected.catch((error) => console.log('caught', error.message)));
