// for await over a child's stdout gets each chunk the child writes and ends once the output
// has ended; the stream is then destroyed and the child's 'close' follows.
const { spawn } = require('child_process');
(async () => {
  const child = spawn('sh', ['-c', 'echo one; sleep 0.2; echo two']);
  const closed = new Promise((resolve) => child.on('close', resolve));
  const chunks = [];
  for await (const chunk of child.stdout) chunks.push(String(chunk));
  console.log('loop done', JSON.stringify(chunks), 'destroyed', child.stdout.destroyed, 'readableEnded', child.stdout.readableEnded);
  console.log('close', await closed);
})();
