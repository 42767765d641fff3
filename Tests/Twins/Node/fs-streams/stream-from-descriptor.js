// With fd a stream uses that descriptor and opens nothing (no open event, no path); with
// autoClose false it leaves the descriptor open and emits no close; close() closes it.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeloop-fs-streams-'));
const file = path.join(dir, 'data.txt');
fs.writeFileSync(file, 'hello descriptor');
const fd = fs.openSync(file, 'r');
const reader = fs.createReadStream(null, { fd, autoClose: false, start: 6 });
console.log('reader', reader.path, reader.pending, reader.fd === fd, reader.autoClose);
reader.on('open', () => console.log('never open'));
reader.on('data', (chunk) => console.log('data', chunk.toString()));
reader.on('end', () => {
  console.log('end', reader.destroyed, fs.fstatSync(fd).size);
  setImmediate(() => {
    console.log('still open', fs.readSync(fd, Buffer.alloc(5), 0, 5, 0));
    reader.close((error) => console.log('closed by close()', error, reader.destroyed));
  });
});
reader.on('close', () => {
  let closed = false;
  try { fs.fstatSync(fd); } catch (error) { closed = error.code; }
  console.log('reader close', closed);
  const writer = fs.createWriteStream('ignored.txt', { fd: fs.openSync(file, 'a') });
  writer.on('open', () => console.log('never open'));
  writer.end('!', () => console.log('writer finished', writer.bytesWritten, writer.path));
  writer.on('close', () => {
    console.log('writer close', fs.readFileSync(file, 'utf8'));
    fs.rmSync(dir, { recursive: true });
  });
});
