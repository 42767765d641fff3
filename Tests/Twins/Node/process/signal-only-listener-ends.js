// A signal listener does not keep the loop alive: with nothing else to wait for, the program
// ends although a SIGHUP listener is still there.
process.on('SIGHUP', () => console.log('SIGHUP'));
setTimeout(() => console.log('timer, listeners', process.listenerCount('SIGHUP')), 5);
process.on('exit', (code) => console.log('exit', code));
console.log('script end');
