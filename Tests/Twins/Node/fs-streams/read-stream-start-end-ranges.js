// start and end (both included) choose the bytes a read stream gives, in chunks of at most
// highWaterMark bytes; a start past the end of the file gives nothing; iterating with for await
// gives the same chunks, and leaving the loop early destroys the stream.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeloop-fs-streams-'));
const file = path.join(dir, 'letters.txt');
fs.writeFileSync(file, 'abcdefghij');
const ranges = [
  ['2 to 8 by 3', { highWaterMark: 3, start: 2, end: 8 }],
  ['from 4', { start: 4 }],
  ['to 0', { end: 0 }],
  ['5 to 5', { start: 5, end: 5 }],
  ['from 20', { start: 20 }],
  ['to 100 by 4', { highWaterMark: 4, end: 100 }],
];
const readAll = (options) => new Promise((resolve) => {
  const chunks = [];
  fs.createReadStream(file, options)
    .on('data', (chunk) => chunks.push(chunk.toString()))
    .on('close', () => resolve(chunks));
});
(async () => {
  for (const [label, options] of ranges) {
    console.log(label, (await readAll(options)).join('|'));
  }
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 3, start: 2, end: 8 })) {
    console.log('chunk', chunk.toString(), chunk.length);
  }
  const early = fs.createReadStream(file, { highWaterMark: 4 });
  for await (const chunk of early) {
    console.log('first', chunk);
    break;
  }
  console.log('after break', early.destroyed, early.bytesRead);
  fs.rmSync(dir, { recursive: true });
})();
