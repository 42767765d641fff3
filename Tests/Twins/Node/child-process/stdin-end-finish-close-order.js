// end() on a child's stdin: writableEnded at once, then the end callback, 'finish' and 'close'
// on stdin while the child still runs; stdout gives its data and 'end'; the child gives 'exit'
// and then 'close', by which time stdout is destroyed. (Each stream's events are listed in their
// own order: the streams interleave as the processes are scheduled.)
const { spawn } = require('child_process');
const child = spawn('sh', ['-c', 'cat; sleep 0.1']);
const events = { stdin: [], stdout: [], child: [] };
child.stdin.on('finish', () => events.stdin.push('finish'));
child.stdin.on('close', () => console.log('stdin', events.stdin.concat('close').join(', '), '| exitCode', child.exitCode));
child.stdout.on('data', (chunk) => events.stdout.push('data ' + JSON.stringify(String(chunk))));
child.stdout.on('end', () => events.stdout.push('end'));
child.on('exit', (code) => events.child.push('exit ' + code));
child.on('close', (code) => {
  events.child.push('close ' + code);
  console.log('stdout', events.stdout.join(', '));
  console.log('child', events.child.join(', '));
  console.log('destroyed', child.stdin.destroyed, child.stdout.destroyed);
});
child.stdin.end('bye\n', () => events.stdin.push('end callback'));
console.log('after end(): writableEnded', child.stdin.writableEnded, 'writableFinished', child.stdin.writableFinished);
