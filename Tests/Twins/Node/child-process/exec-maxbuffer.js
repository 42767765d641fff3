// Output past maxBuffer kills the child and fails with RangeError ERR_CHILD_PROCESS_STDIO_MAXBUFFER
// ("stdout maxBuffer length exceeded", or stderr), keeping the first maxBuffer bytes in stdout
// or stderr; output of exactly maxBuffer bytes succeeds.
const { exec, execFile } = require('child_process');
const util = require('util');
const show = (label) => (error) => console.log(label, error.name, error.code, JSON.stringify(error.message),
  JSON.stringify(error.cmd), JSON.stringify(error.stdout), JSON.stringify(error.stderr));
(async () => {
  await util.promisify(exec)('printf 0123456789', { maxBuffer: 4 }).catch(show('stdout'));
  await util.promisify(execFile)('sh', ['-c', 'printf 0123 >&2'], { maxBuffer: 3 }).catch(show('stderr'));
  const exact = await util.promisify(exec)('printf 0123', { maxBuffer: 4 });
  console.log('exact', JSON.stringify(exact.stdout));
  await util.promisify(exec)('printf x; sleep 5; printf y', { maxBuffer: 0 }).catch(show('zero'));
})();
