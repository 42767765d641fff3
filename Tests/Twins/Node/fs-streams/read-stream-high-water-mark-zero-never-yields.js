// A read stream with highWaterMark 0 is no error: it opens its file (a missing one still fails)
// but never asks for a chunk, so `for await` over it neither yields nor ends, and the process
// exits when nothing else is left.
// twin: suspended-at-exit
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeloop-'));
const file = path.join(dir, 'data.txt');
fs.writeFileSync(file, 'hello world');
process.on('exit', (code) => {
  console.log('exit', code);
  fs.rmSync(dir, { recursive: true });
});
(async () => {
  try {
    for await (const chunk of fs.createReadStream(path.join(dir, 'missing.txt'), { highWaterMark: 0 })) console.log('chunk', chunk.length);
  } catch (error) {
    console.log('missing', error.code);
  }
  setTimeout(() => console.log('timer'), 1);
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 0 })) console.log('chunk', chunk.length);
  console.log('never');
})();
