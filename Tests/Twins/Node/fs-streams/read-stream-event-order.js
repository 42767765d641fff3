// A read stream opens its file as soon as it is made, then emits open (with the descriptor),
// ready, a data event per chunk, end and close; pending and bytesRead follow its progress.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeloop-fs-streams-'));
const file = path.join(dir, 'letters.txt');
fs.writeFileSync(file, 'abcdefghij');
const stream = fs.createReadStream(file, { highWaterMark: 4 });
console.log('made', stream.pending, stream.bytesRead, stream.path === file, stream.readableHighWaterMark);
process.nextTick(() => console.log('tick'));
stream.on('open', (fd) => console.log('open', fd === stream.fd, stream.pending));
stream.on('ready', () => console.log('ready'));
stream.on('data', (chunk) => console.log('data', chunk.toString(), stream.bytesRead));
stream.on('end', () => console.log('end', stream.bytesRead, stream.destroyed));
stream.on('close', () => {
  console.log('close', stream.destroyed, stream.closed, stream.pending);
  fs.rmSync(dir, { recursive: true });
});
