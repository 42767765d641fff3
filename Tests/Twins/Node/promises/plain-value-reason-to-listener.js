// A non-error reason such as 42 reaches the unhandledRejection listener as it is.
process.on('unhandledRejection', (reason) => console.log('unhandledRejection', reason));
process.on('exit', (code) => console.log('exit', code));
Promise.reject(42);
