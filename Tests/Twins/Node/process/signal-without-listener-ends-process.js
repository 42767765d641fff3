// Without a listener, a signal does what it does by default: SIGTERM ends the process at once,
// before the rest of the script and the timer, and without an 'exit' event.
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => console.log('timer'), 10);
console.log('before kill');
process.kill(process.pid, 'SIGTERM');
console.log('after kill');
