// Destroying a child's stdout while the child writes closes the pipe at once: 'close' without
// 'end', and the child's next write kills it with SIGPIPE, which 'exit' and 'close' report.
const { spawn } = require('child_process');
const child = spawn('sh', ['-c', 'while :; do echo y; done'], { stdio: ['ignore', 'pipe', 'ignore'] });
child.stdout.once('data', () => {
  child.stdout.destroy();
  console.log('destroyed', child.stdout.destroyed, 'readable', child.stdout.readable);
});
child.stdout.on('end', () => console.log('never: end'));
child.stdout.on('close', (hadError) => console.log('stdout close', hadError, 'readableEnded', child.stdout.readableEnded));
child.on('exit', (code, signal) => console.log('exit', code, signal));
child.on('close', (code, signal) => console.log('close', code, signal));
