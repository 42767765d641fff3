// A SIGUSR2 listener gets the signal's name and number, on a later turn of the loop than the
// `process.kill` that sent it. Removing the last listener closes the signal's handle: once the
// interval that kept the loop waiting is cleared, the program ends.
const keepAlive = setInterval(() => {}, 1000);
const listener = (signal, number) => {
  console.log('listener got', signal, number);
  process.off('SIGUSR2', listener);
  clearInterval(keepAlive);
  console.log('listeners left', process.listenerCount('SIGUSR2'));
};
process.on('SIGUSR2', listener);
console.log('kill returned', process.kill(process.pid, 'SIGUSR2'));
console.log('after kill');
process.on('exit', (code) => console.log('exit', code));
