// kill() sends SIGTERM by default or the named signal (any case, or a number), sets killed
// at once, and the child exits with (null, signal) and signalCode; after the exit kill()
// returns false; an unknown name or number throws ERR_UNKNOWN_SIGNAL.
const { spawn } = require('child_process');
const sleeper = spawn('sleep', ['5']);
for (const bad of ['SIGFOO', 9999]) {
  try { sleeper.kill(bad); } catch (error) { console.log('thrown', error.name, error.code, error.message); }
}
console.log('killed before', sleeper.killed);
console.log('kill SIGKILL', sleeper.kill('SIGKILL'), 'killed', sleeper.killed, 'signalCode', sleeper.signalCode);
sleeper.on('exit', (code, signal) => {
  console.log('exit', code, signal, 'signalCode', sleeper.signalCode, 'exitCode', sleeper.exitCode);
  console.log('kill after exit', sleeper.kill());
});
sleeper.on('close', (code, signal) => {
  console.log('close', code, signal);
  const second = spawn('sleep', ['5']);
  console.log('kill default', second.kill());
  second.on('exit', (code, signal) => console.log('second exit', code, signal));
  second.on('close', () => {
    const third = spawn('sleep', ['5']);
    console.log('kill sigint', third.kill('sigint'));
    third.on('exit', (code, signal) => console.log('third exit', code, signal));
    third.on('close', () => {
      const fourth = spawn('sleep', ['5']);
      console.log('kill 1', fourth.kill(1));
      fourth.on('exit', (code, signal) => console.log('fourth exit', code, signal));
    });
  });
});
