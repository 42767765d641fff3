// A read stream reads highWaterMark bytes at a time (64 KiB unless told), so its chunks have
// that size but the last; a range ending inside the file shortens the last read.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeloop-fs-streams-'));
const file = path.join(dir, 'big.bin');
fs.writeFileSync(file, Buffer.alloc(150000, 7));
const sizes = (options) => new Promise((resolve) => {
  const seen = [];
  const stream = fs.createReadStream(file, options);
  stream.on('data', (chunk) => seen.push(chunk.length));
  stream.on('end', () => resolve(`${stream.readableHighWaterMark}: ${seen.join(' ')} (${stream.bytesRead})`));
});
(async () => {
  console.log(await sizes(undefined));
  console.log(await sizes({ highWaterMark: 40000 }));
  console.log(await sizes({ highWaterMark: 8192, start: 10, end: 20009 }));
  console.log(await sizes({ highWaterMark: 1 << 20 }));
  const paused = fs.createReadStream(file, { highWaterMark: 50000 });
  paused.once('readable', () => {
    console.log('buffered', paused.readableLength, paused.read(10).length, paused.readableLength);
    paused.destroy();
    fs.rmSync(dir, { recursive: true });
  });
})();
