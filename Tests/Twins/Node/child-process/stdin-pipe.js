// A piped stdin takes strings and Buffers in order; end() gives the child end-of-file and
// finish once every chunk is taken, so sort, wc -l and cat answer with what was written.
const { spawn } = require('child_process');
function run(command, args, feed, then) {
  const child = spawn(command, args);
  let out = '';
  child.stdout.on('data', (chunk) => { out += chunk; });
  child.stdin.on('finish', () => console.log(command, 'stdin finish'));
  feed(child.stdin);
  child.on('close', (code) => {
    console.log(command, 'close', code, JSON.stringify(out));
    if (then) then();
  });
}
run('sort', [], (stdin) => {
  console.log('write returns', stdin.write('pear\n'));
  stdin.write(Buffer.from('apple\n'));
  stdin.end('fig\n');
  console.log('writableEnded', stdin.writableEnded);
}, () => run('wc', ['-l'], (stdin) => {
  for (let line = 1; line <= 1000; line++) stdin.write(`line ${line}\n`);
  stdin.end();
}, () => run('cat', [], (stdin) => {
  stdin.write('one ', (error) => console.log('write callback', error));
  stdin.end(Buffer.from([0x74, 0x77, 0x6f, 0x0a]));
})));
