// A command that exits non-zero or dies of a signal fails with "Command failed: <cmd>\n<stderr>"
// and code, killed, signal, cmd, stdout, stderr (cmd is exec's command, or execFile's file and
// arguments joined by spaces); success gives both outputs; a missing program gives the spawn
// ENOENT error with cmd, spawnargs and the outputs; the callback form gets the same.
const { exec, execFile } = require('child_process');
const util = require('util');
const show = (label) => (error) => console.log(label, error.name, JSON.stringify(error.message), error.code,
  error.killed, error.signal, JSON.stringify(error.cmd), JSON.stringify(error.stdout), JSON.stringify(error.stderr));
(async () => {
  const ok = await util.promisify(exec)('echo out; echo err >&2');
  console.log('success', JSON.stringify(ok.stdout), JSON.stringify(ok.stderr));
  await util.promisify(exec)('echo out; echo err >&2; exit 2').catch(show('exec'));
  await util.promisify(execFile)('sh', ['-c', 'echo partial; exit 7']).catch(show('execFile'));
  await util.promisify(exec)('kill -TERM $$').catch(show('signal'));
  await util.promisify(execFile)('no-such-program-here', ['x', 'y']).catch((error) => {
    console.log('missing', error.message, error.code, error.errno, error.syscall, error.path, error.spawnargs, JSON.stringify(error.cmd), JSON.stringify(error.stdout));
  });
  execFile('sh', ['-c', 'printf "a b"; exit 3'], (error, stdout, stderr) => {
    console.log('callback', error.code, JSON.stringify(stdout), JSON.stringify(stderr));
    exec('printf done', (error, stdout) => console.log('callback', error, JSON.stringify(stdout)));
  });
})();
