// stdio 'ignore' leaves child.stdin, stdout and stderr null and the child still exits and
// closes; 'inherit' writes straight to the parent's own stdout, between the parent's lines.
const { spawn } = require('child_process');
const ignored = spawn('sh', ['-c', 'echo lost; echo lost too >&2; exit 4'], { stdio: 'ignore' });
console.log('ignore streams', ignored.stdin, ignored.stdout, ignored.stderr);
ignored.on('close', (code) => {
  console.log('ignore close', code);
  console.log('before the inheriting child');
  const inheriting = spawn('sh', ['-c', 'echo from the child'], { stdio: ['ignore', 'inherit', 'inherit'] });
  inheriting.on('close', (code) => {
    console.log('after the inheriting child', code, 'streams', inheriting.stdin, inheriting.stdout);
    const mixed = spawn('sh', ['-c', 'read line; echo "got $line"'], { stdio: ['pipe', 'inherit', 'ignore'] });
    mixed.stdin.end('piped in\n');
    mixed.on('close', (code) => console.log('mixed close', code, mixed.stdout));
  });
});
