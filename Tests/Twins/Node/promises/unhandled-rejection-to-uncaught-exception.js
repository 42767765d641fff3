// With no unhandledRejection listener, the reason goes to uncaughtException listeners with
// origin "unhandledRejection"; handled there, the run goes on and exits with code 0.
process.on('uncaughtException', (error, origin) => console.log('uncaughtException', error.message, origin));
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => console.log('timer'), 0);
Promise.reject(new Error('becomes uncaught'));
