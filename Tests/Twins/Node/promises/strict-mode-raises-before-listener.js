// In strict mode the rejection is raised as an uncaught exception first, even with an
// unhandledRejection listener; handled there, the listener is still called after it.
// twin: node-args=--unhandled-rejections=strict
process.on('uncaughtException', (error, origin) => console.log('uncaughtException', error.message, origin));
process.on('unhandledRejection', (reason) => console.log('unhandledRejection', reason.message));
process.on('exit', (code) => console.log('exit', code));
Promise.reject(new Error('strict'));
setTimeout(() => console.log('timer'), 0);
