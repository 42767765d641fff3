// A SIGINT listener replaces the default action (ending the process): it receives two SIGINTs,
// the second sent from the listener itself, and the process goes on to end normally.
let received = 0;
const keepAlive = setInterval(() => {}, 1000);
process.on('SIGINT', (signal) => {
  received++;
  console.log('SIGINT listener', signal, received);
  if (received === 1) {
    process.kill(process.pid, 'SIGINT');
  } else {
    process.removeAllListeners('SIGINT');
    clearInterval(keepAlive);
  }
});
process.kill(process.pid, 'SIGINT');
process.on('exit', (code) => console.log('exit', code));
