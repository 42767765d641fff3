// A rejection passes down a then chain without rejection handlers; only the last promise, which
// has no handler, is reported as unhandled, with the original reason.
const last = Promise.reject(new Error('from the start'))
  .then(() => console.log('skipped 1'))
  .then(() => console.log('skipped 2'));
process.on('unhandledRejection', (reason, promise) => console.log('unhandledRejection', reason.message, promise === last));
