// flags 'a' appends to a file, 'w' (the default) empties it first, and start with 'r+' writes
// over the bytes at that position.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeloop-fs-streams-'));
const file = path.join(dir, 'log.txt');
const write = (text, label, options) => new Promise((resolve) => {
  const out = fs.createWriteStream(file, options);
  out.end(text);
  out.on('close', () => resolve(`${label}: ${fs.readFileSync(file, 'utf8').replace(/\n/g, '|')} (${out.bytesWritten})`));
});
(async () => {
  console.log(await write('one\n', 'default'));
  console.log(await write('two\n', 'a', { flags: 'a' }));
  console.log(await write('three\n', 'a', { flags: 'a' }));
  console.log(await write('TW', 'r+ from 4', { flags: 'r+', start: 4 }));
  console.log(await write('fresh\n', 'w', { flags: 'w' }));
  console.log(await write('6869', 'a in hex', { flags: 'a', encoding: 'hex' }));
  fs.rmSync(dir, { recursive: true });
})();
