// A child's stdout starts paused: what it writes is held until the first 'data' listener, even
// one added later; output nobody listened to by the time the child exited flows away, so that
// 'close' still comes and a listener added afterwards gets nothing.
const { spawn } = require('child_process');
const early = spawn('sh', ['-c', 'echo early; sleep 0.3']);
setTimeout(() => early.stdout.on('data', (chunk) => console.log('early got', JSON.stringify(String(chunk)))), 100);
early.on('close', (code) => {
  console.log('early close', code);
  const gone = spawn('sh', ['-c', 'echo gone']);
  gone.on('exit', () => console.log('gone exit'));
  gone.on('close', () => {
    console.log('gone close');
    setTimeout(() => gone.stdout.on('data', (chunk) => console.log('gone got late', String(chunk))), 50);
  });
});
