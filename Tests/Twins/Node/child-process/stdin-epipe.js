// Writing to a child that has closed its stdin fails with write EPIPE: the write's callback
// gets it, then the stream's error listener; the parent does not crash, and the child still
// exits and closes. After the exit, a write gets ERR_STREAM_DESTROYED; after end(), a write
// gets ERR_STREAM_WRITE_AFTER_END through its callback and error.
const { spawn } = require('child_process');
const child = spawn('sh', ['-c', 'exec 0<&-; echo ready; sleep 0.3; echo done']);
let out = '';
child.stdin.on('error', (error) => console.log('stdin error', error.code, error.errno, error.syscall, error.message));
child.stdout.on('data', (chunk) => {
  out += chunk;
  if (out === 'ready\n') {
    child.stdin.write('hello\n', (error) => console.log('write callback', error.code, error.message));
  }
});
child.on('exit', (code) => console.log('exit', code, JSON.stringify(out)));
child.on('close', (code) => {
  console.log('close', code);
  child.stdin.write('late\n', (error) => console.log('late write callback', error.code, error.message));
  const cat = spawn('cat');
  cat.stdin.on('error', (error) => console.log('cat stdin error', error.code, error.message));
  cat.stdin.end('a\n');
  console.log('write after end returns', cat.stdin.write('b\n', (error) => console.log('cat write callback', error.code)));
  cat.on('close', (code) => console.log('cat close', code));
});
