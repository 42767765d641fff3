// Aborting exec's signal sends the child SIGTERM (not killSignal, which spawn never sees) and
// fails at once (inside abort()) with AbortError ABORT_ERR, its cause the signal's reason,
// keeping the output so far; an already aborted signal fails from the next tick; an unknown
// killSignal, a negative timeout or maxBuffer throw.
const { exec, execFile } = require('child_process');
const controller = new AbortController();
const child = exec('echo started; sleep 5', { signal: controller.signal, killSignal: 'SIGKILL' }, (error, stdout) => {
  console.log('callback', error.name, error.code, error.message, error.cause === controller.signal.reason,
    JSON.stringify(error.cmd), JSON.stringify(stdout));
});
child.stdout.once('data', () => {
  controller.abort();
  console.log('after abort()');
  child.on('exit', (code, signal) => {
    console.log('child exit', code, signal);
    execFile('sh', ['-c', 'echo never'], { signal: AbortSignal.abort() }, (error, stdout) => {
      console.log('pre-aborted', error.name, error.code, JSON.stringify(stdout));
    });
    console.log('pre-aborted started');
  });
});
for (const options of [{ killSignal: 'SIGNOPE' }, { timeout: -1 }, { maxBuffer: -1 }]) {
  try { exec('true', options, () => {}); } catch (error) { console.log('thrown', error.name, error.code, error.message); }
}
