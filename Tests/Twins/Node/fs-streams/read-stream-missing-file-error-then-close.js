// A read stream on a missing file emits error (ENOENT, syscall open) and then close, without
// open or ready; on a directory it opens, then the first read fails with EISDIR. A write stream
// in a missing directory fails its writes with the open's error.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeloop-fs-streams-'));
const clean = (text) => String(text).replace(dir, '<dir>');
const watch = (label, stream) => new Promise((resolve) => {
  for (const name of ['open', 'ready', 'end', 'finish']) stream.on(name, () => console.log(label, name));
  stream.on('error', (error) => console.log(label, 'error', error.code, error.syscall, clean(error.path), clean(error.message)));
  stream.on('close', () => {
    console.log(label, 'close', stream.destroyed, clean(stream.errored?.code));
    resolve();
  });
});
(async () => {
  await watch('missing', fs.createReadStream(path.join(dir, 'missing.txt')).resume());
  await watch('directory', fs.createReadStream(dir).resume());
  const out = fs.createWriteStream(path.join(dir, 'nodir', 'out.txt'));
  out.write('a', (error) => console.log('write a', error.code));
  out.end('b', (error) => console.log('end', error.code));
  await watch('write', out);
  fs.rmSync(dir, { recursive: true });
})();
