// In warn-with-error-code mode an unhandled rejection with no listener warns, the run goes on,
// and the exit code is 1.
// twin: stderr node-args=--unhandled-rejections=warn-with-error-code
process.on('exit', (code) => console.log('exit', code));
Promise.reject(42);
setTimeout(() => console.log('timer'), 0);
