// spawn's timeout sends killSignal (SIGTERM by default) and sets killed, with no error event;
// aborting its signal sends killSignal and emits error (AbortError, cause the reason) at once,
// inside abort(); an already aborted signal does so from the next tick; a timer the child
// outlives is cleared at its exit; a negative timeout or an unknown killSignal throw.
const { spawn } = require('child_process');
const timed = spawn('sleep', ['5'], { timeout: 100 });
timed.on('error', (error) => console.log('never: timed error', error.name));
timed.on('exit', (code, signal) => console.log('timed exit', code, signal, timed.killed));
timed.on('close', () => {
  const controller = new AbortController();
  const aborted = spawn('sleep', ['5'], { signal: controller.signal, killSignal: 'SIGKILL' });
  aborted.on('error', (error) => console.log('aborted error', error.name, error.code, error.message, error.cause === controller.signal.reason));
  aborted.on('exit', (code, signal) => console.log('aborted exit', code, signal, aborted.killed));
  aborted.on('close', () => {
    const early = spawn('sleep', ['5'], { signal: AbortSignal.abort() });
    early.on('error', (error) => console.log('early error', error.name));
    early.on('exit', (code, signal) => console.log('early exit', code, signal));
    early.on('close', () => {
      const quick = spawn('sh', ['-c', 'exit 0'], { timeout: 5000 });
      quick.on('close', (code) => console.log('quick close', code, 'and no five-second wait'));
    });
    console.log('early spawned');
  });
  controller.abort();
  console.log('after abort()');
});
for (const options of [{ timeout: -5 }, { killSignal: 'NOPE' }]) {
  try { spawn('true', [], options); } catch (error) { console.log('thrown', error.name, error.code, error.message); }
}
