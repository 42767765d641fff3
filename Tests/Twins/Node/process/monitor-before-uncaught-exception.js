// uncaughtExceptionMonitor listeners see every uncaught error, with its origin, before the
// uncaughtException listeners do.
process.on('uncaughtException', (error, origin) => console.log('handler', error.message, origin));
process.on('uncaughtExceptionMonitor', (error, origin) => console.log('monitor', error.message, origin));
setImmediate(() => {
  setTimeout(() => {
    throw new Error('from timer');
  }, 1);
  throw new Error('from immediate');
});
