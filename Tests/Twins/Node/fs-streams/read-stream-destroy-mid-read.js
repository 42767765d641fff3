// Destroying a read stream stops its data: no end, close after the read in flight; with an
// error, error then close. Destroyed before its file is open, it still reports open and ready,
// then closes the file.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeloop-fs-streams-'));
const file = path.join(dir, 'big.bin');
fs.writeFileSync(file, Buffer.alloc(1 << 20, 1));
const watch = (label, stream) => new Promise((resolve) => {
  for (const name of ['open', 'ready', 'end']) stream.on(name, () => console.log(label, name));
  stream.on('error', (error) => console.log(label, 'error', error.message));
  stream.on('close', () => {
    console.log(label, 'close', stream.bytesRead, stream.destroyed, stream.pending);
    resolve();
  });
});
(async () => {
  const first = fs.createReadStream(file);
  let chunks = 0;
  first.on('data', (chunk) => {
    chunks++;
    console.log('first data', chunk.length);
    if (chunks === 2) first.destroy();
  });
  await watch('first', first);
  const second = fs.createReadStream(file);
  second.once('data', () => second.destroy(new Error('enough')));
  await watch('second', second);
  const third = fs.createReadStream(file);
  third.destroy();
  console.log('third destroyed', third.destroyed, third.pending);
  await watch('third', third);
  const fourth = fs.createReadStream(file);
  fourth.on('data', () => {});
  fourth.on('open', () => fourth.close((error) => console.log('fourth close callback', error?.code)));
  await watch('fourth', fourth);
  fs.rmSync(dir, { recursive: true });
})();
