// createReadStream, iterated with for await, yields chunks of at most highWaterMark bytes from
// start to end (included); breaking out stops it; a missing file throws ENOENT from open.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeloop-'));
const file = path.join(dir, 'letters.txt');
fs.writeFileSync(file, 'abcdefghij');
(async () => {
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 3, start: 2, end: 8 })) {
    console.log('chunk', chunk.toString(), chunk.length);
  }
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 4 })) {
    console.log('first', chunk);
    break;
  }
  try {
    for await (const chunk of fs.createReadStream(path.join(dir, 'missing.txt'))) {
      console.log('never', chunk);
    }
  } catch (error) {
    console.log('error', error.code, error.syscall);
  }
  fs.rmSync(dir, { recursive: true });
})();
