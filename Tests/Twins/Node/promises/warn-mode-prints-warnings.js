// In warn mode an unhandled rejection prints two warnings on stderr and the run goes on to exit
// with code 0.
// twin: stderr node-args=--unhandled-rejections=warn
process.on('exit', (code) => console.log('exit', code));
Promise.reject(42);
setTimeout(() => console.log('timer'), 0);
