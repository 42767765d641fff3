// Promise.all rejects with the first input to reject, as soon as it does; later rejections are
// ignored and are not reported as unhandled.
process.on('unhandledRejection', (reason) => console.log('unhandledRejection', reason.message));
const failAfter = (ms, message) => new Promise((resolve, reject) => setTimeout(() => { console.log('rejecting', message); reject(new Error(message)); }, ms));
const fulfilled = new Promise((resolve) => setTimeout(() => resolve('late value'), 30));
Promise.all([fulfilled, failAfter(20, 'second'), failAfter(10, 'first')]).then(
  (values) => console.log('all', values),
  (error) => console.log('all rejected', error.message),
);
