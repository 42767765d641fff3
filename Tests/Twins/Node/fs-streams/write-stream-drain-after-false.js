// A write stream's write returns false once highWaterMark bytes wait; 'drain' follows when they
// are written, and waiting for it (events.once) keeps the memory bounded.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { once } = require('events');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeloop-fs-streams-'));
const file = path.join(dir, 'out.txt');
const out = fs.createWriteStream(file, { highWaterMark: 16 });
console.log('hwm', out.writableHighWaterMark, out.pending);
console.log('first', out.write('0123456789'), out.writableLength);
console.log('second', out.write('abcdefghij'), out.writableLength, out.writableNeedDrain);
out.on('drain', () => console.log('drain', out.writableLength, out.bytesWritten));
out.on('finish', () => console.log('finish', out.bytesWritten));
out.on('close', () => {
  console.log('close', fs.readFileSync(file, 'utf8'));
  fs.rmSync(dir, { recursive: true });
});
(async () => {
  await once(out, 'drain');
  let falses = 0;
  for (let line = 0; line < 50; line++) {
    if (!out.write(`line ${line}\n`)) {
      falses++;
      await once(out, 'drain');
    }
  }
  console.log('falses', falses, out.bytesWritten);
  out.end('end\n');
})();
