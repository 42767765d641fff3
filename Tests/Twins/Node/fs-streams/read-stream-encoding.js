// With an encoding a read stream gives strings; a character or a base64 group cut by the chunk
// size is held back until its other bytes arrive.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeloop-fs-streams-'));
const file = path.join(dir, 'text.txt');
fs.writeFileSync(file, 'héllo wörld €😀!');
const readAll = (options) => new Promise((resolve) => {
  const chunks = [];
  const stream = fs.createReadStream(file, options);
  stream.on('data', (chunk) => chunks.push(chunk));
  stream.on('end', () => resolve({ chunks, encoding: stream.readableEncoding }));
});
(async () => {
  for (const options of [
    { encoding: 'utf8', highWaterMark: 3 },
    { encoding: 'utf8' },
    { encoding: 'hex', highWaterMark: 5 },
    { encoding: 'base64', highWaterMark: 4 },
    { encoding: 'latin1', end: 5 },
    { encoding: 'utf16le', highWaterMark: 3, end: 8 },
  ]) {
    const { chunks, encoding } = await readAll(options);
    console.log(encoding, options.highWaterMark, chunks.map((chunk) => `[${chunk}]`).join(''));
  }
  fs.rmSync(dir, { recursive: true });
})();
