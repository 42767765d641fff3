// A read stream piped into a write stream copies a file; the write stream finishes and closes
// once the read stream has ended, and the copy has the same bytes. When the reader's own close
// comes against the writer's finish depends on two thread-pool requests racing (its close, the
// writer's last write), so only whether the reader is destroyed by then is printed.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeloop-fs-streams-'));
const source = path.join(dir, 'source.bin');
const copy = path.join(dir, 'copy.bin');
const bytes = Buffer.alloc(300001);
for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 31 + (i >> 8)) & 0xff;
fs.writeFileSync(source, bytes);
const checksum = (buffer) => buffer.reduce((sum, byte) => (sum * 33 + byte) % 1000000007, 0);
const reader = fs.createReadStream(source);
const writer = fs.createWriteStream(copy);
writer.on('pipe', (from) => console.log('pipe', from === reader));
reader.on('end', () => console.log('reader end', reader.bytesRead));
writer.on('finish', () => console.log('writer finish', writer.bytesWritten));
writer.on('close', () => {
  const copied = fs.readFileSync(copy);
  console.log('reader destroyed', reader.destroyed);
  console.log('writer close', copied.length, copied.equals(bytes), checksum(copied) === checksum(bytes), checksum(copied));
  fs.rmSync(dir, { recursive: true });
});
reader.pipe(writer);
