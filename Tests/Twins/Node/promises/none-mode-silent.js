// In none mode an unhandled rejection with no listener prints nothing and the run exits with 0.
// twin: stderr node-args=--unhandled-rejections=none
process.on('exit', (code) => console.log('exit', code));
Promise.reject(42);
setTimeout(() => console.log('timer'), 0);
