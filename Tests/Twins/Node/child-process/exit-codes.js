// A child's exit code reaches exit and close, and exitCode once it has exited (null before,
// signalCode null throughout); the codes run one after another: 0, 1, 42 and 255.
const { spawn } = require('child_process');
const codes = [0, 1, 42, 255];
function next(index) {
  if (index === codes.length) return;
  const child = spawn('sh', ['-c', `exit ${codes[index]}`]);
  console.log('spawned', codes[index], 'exitCode', child.exitCode, 'signalCode', child.signalCode);
  child.on('exit', (code, signal) => console.log('exit', code, signal, 'exitCode', child.exitCode, 'signalCode', child.signalCode));
  child.on('close', (code, signal) => {
    console.log('close', code, signal);
    next(index + 1);
  });
}
next(0);
