// A spawned child emits spawn, its output as data chunks, exit with its code, then close once
// its output has ended; a program that does not exist gives error (spawn <file> ENOENT, and
// exitCode the negative errno) and close with that errno, without exit.
const { spawn } = require('child_process');
const child = spawn('sh', ['-c', 'echo out; echo err 1>&2; exit 3']);
console.log('spawnfile', child.spawnfile, 'spawnargs', child.spawnargs);
let stdout = '';
let stderr = '';
child.on('spawn', () => console.log('spawn'));
child.stdout.on('data', (chunk) => { stdout += chunk; });
child.stderr.on('data', (chunk) => { stderr += chunk; });
child.on('exit', (code, signal) => console.log('exit', code, signal));
child.on('close', (code, signal) => {
  console.log('close', code, signal, JSON.stringify(stdout), JSON.stringify(stderr));
  const missing = spawn('no-such-program-here', ['a']);
  missing.on('error', (error) => console.log('error', error.code, error.errno, error.syscall, error.path, error.message, 'exitCode', missing.exitCode));
  missing.on('exit', () => console.log('never: exit'));
  missing.on('close', (code) => console.log('missing close', code));
});
try { spawn('ls\0x'); } catch (error) { console.log('thrown', error.code, error.message); }
