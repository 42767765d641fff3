// With no unhandledRejection listener, a non-error reason reaches uncaughtException wrapped in an
// error with code ERR_UNHANDLED_REJECTION whose message names the value.
process.on('uncaughtException', (error, origin) => {
  console.log(error.code, origin);
  console.log(error.message);
});
Promise.reject(42);
