// A write stream writes its chunks in order, each write's callback running once its chunk is
// written, and end() closes the file; a stream whose open fails gives that error to the callback
// of every write and of end(). The callbacks are awaited through promises made around them.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeloop-'));
const file = path.join(dir, 'out.txt');
const write = (stream, chunk) => new Promise((resolve, reject) => stream.write(chunk, (error) => (error ? reject(error) : resolve())));
const end = (stream) => new Promise((resolve, reject) => stream.end((error) => (error ? reject(error) : resolve())));
(async () => {
  const out = fs.createWriteStream(file);
  for (const word of ['alpha ', 'beta ', 'gamma']) {
    await write(out, word);
    console.log('wrote', word.length);
  }
  await end(out);
  console.log(fs.readFileSync(file, 'utf8'));
  const broken = fs.createWriteStream(path.join(dir, 'nodir', 'out.txt'));
  broken.on('error', () => {});
  for (const chunk of ['a', 'b']) {
    write(broken, chunk).catch((error) => console.log('write', chunk, error.code, error.syscall));
  }
  await end(broken).catch((error) => console.log('end', error.code, error.message.replace(dir, '<dir>')));
  fs.rmSync(dir, { recursive: true });
})();
