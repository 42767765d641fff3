// 'exit' can come before the output ends: a background process keeps the shell's stdout open
// after the shell has exited, and the child's 'close' waits for that stdout to close.
const { spawn } = require('child_process');
const child = spawn('sh', ['-c', 'echo early; (sleep 0.3; echo late) & sleep 0.1'], { stdio: ['pipe', 'pipe', 'ignore'] });
let text = '';
child.stdout.on('data', (chunk) => {
  text += chunk;
  if (child.exitCode !== null) console.log('data after exit', JSON.stringify(String(chunk)));
});
child.stdout.on('end', () => console.log('stdout end'));
child.stdout.on('close', (hadError) => console.log('stdout close', hadError));
child.on('exit', (code) => console.log('exit', code, 'output so far', JSON.stringify(text), 'stdout readable', child.stdout.readable,
  'stdin destroyed', child.stdin.destroyed));
child.on('close', (code) => console.log('close', code, JSON.stringify(text)));
