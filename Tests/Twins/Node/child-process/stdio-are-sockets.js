// A piped child's stdio streams are net.Sockets. stdin has no readable side (readable false,
// readableEnded true); stdout keeps a writable side, as Node makes it. Both start paused with
// 16 KiB high-water marks; a stream that is not piped is null. After 'close' every socket is
// destroyed, and stdout has ended both its sides.
const { spawn } = require('child_process');
const net = require('net');
const child = spawn('cat', [], { stdio: ['pipe', 'pipe', 'ignore'] });
const show = (name, socket) => console.log(name, 'readable', socket.readable, 'readableEnded', socket.readableEnded,
  'writable', socket.writable, 'writableEnded', socket.writableEnded, 'writableFinished', socket.writableFinished,
  'destroyed', socket.destroyed, 'pending', socket.pending, 'readableFlowing', socket.readableFlowing);
console.log('sockets', child.stdin instanceof net.Socket, child.stdout instanceof net.Socket, 'stderr', child.stderr);
console.log('allowHalfOpen', child.stdin.allowHalfOpen, child.stdout.allowHalfOpen,
  'high-water marks', child.stdin.writableHighWaterMark, child.stdout.readableHighWaterMark);
show('stdin', child.stdin);
show('stdout', child.stdout);
let text = '';
child.stdout.on('data', (chunk) => { text += chunk; });
child.stdin.end('echoed\n');
child.on('close', (code) => {
  console.log('close', code, JSON.stringify(text));
  show('stdin', child.stdin);
  show('stdout', child.stdout);
});
