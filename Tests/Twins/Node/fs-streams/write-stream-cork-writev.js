// Writes made while a write stream opens, or while it is corked, wait and then go to the file
// in one writev: their callbacks all see every byte written.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeloop-fs-streams-'));
const file = path.join(dir, 'out.txt');
const out = fs.createWriteStream(file);
for (const chunk of ['a', 'bb', 'ccc']) {
  out.write(chunk, () => console.log('opening write', chunk, out.bytesWritten));
}
console.log('waiting', out.writableLength, out.pending);
out.on('open', () => console.log('open'));
out.on('ready', () => {
  console.log('ready');
  setImmediate(() => {
    out.cork();
    for (const chunk of ['d', 'ee']) out.write(chunk, () => console.log('corked write', chunk, out.bytesWritten));
    console.log('corked', out.writableCorked, out.writableLength);
    process.nextTick(() => out.uncork());
    out.end(() => console.log('end callback', out.bytesWritten));
  });
});
out.on('finish', () => console.log('finish'));
out.on('close', () => {
  console.log('close', fs.readFileSync(file, 'utf8'));
  fs.rmSync(dir, { recursive: true });
});
