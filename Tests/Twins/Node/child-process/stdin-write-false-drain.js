// A mebibyte written to a child's stdin at once: write() returns false with the whole chunk
// waiting, 'drain' comes once it is taken, before the write's callback; then end() gives
// 'finish' and 'close' on stdin, and the child echoes every byte back. The child reads nothing
// for 200 ms, so that the pipe surely fills.
const { spawn } = require('child_process');
const child = spawn('sh', ['-c', 'sleep 0.2; exec cat']);
let received = 0;
child.stdout.on('data', (chunk) => { received += chunk.length; });
const accepted = child.stdin.write(Buffer.alloc(1024 * 1024, 'x'), (error) => console.log('write callback', error));
console.log('write returns', accepted, 'writableLength', child.stdin.writableLength, 'writableNeedDrain', child.stdin.writableNeedDrain);
child.stdin.on('drain', () => {
  console.log('drain, writableLength', child.stdin.writableLength);
  child.stdin.end();
});
child.stdin.on('finish', () => console.log('stdin finish'));
child.stdin.on('close', () => console.log('stdin close'));
child.on('close', (code) => console.log('close', code, 'received', received));
