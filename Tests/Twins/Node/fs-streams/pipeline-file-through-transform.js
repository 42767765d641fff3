// stream.pipeline from a read stream through a transform into a write stream: the callback
// runs once the write stream has closed; a failing source destroys the whole pipeline.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pipeline, Transform } = require('stream');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeloop-fs-streams-'));
const source = path.join(dir, 'source.txt');
const target = path.join(dir, 'target.txt');
fs.writeFileSync(source, 'line one\nline two\nline three\n'.repeat(1000));
const upperCase = () => new Transform({
  transform(chunk, encoding, callback) {
    callback(null, chunk.toString().toUpperCase());
  },
});
const out = fs.createWriteStream(target);
pipeline(fs.createReadStream(source, { highWaterMark: 1000 }), upperCase(), out, (error) => {
  const text = fs.readFileSync(target, 'utf8');
  console.log('done', error, out.closed, out.bytesWritten, text.length, text.slice(0, 18).replace(/\n/g, '|'));
  const broken = fs.createWriteStream(path.join(dir, 'other.txt'));
  pipeline(fs.createReadStream(path.join(dir, 'missing.txt')), upperCase(), broken, (error) => {
    // Whether other.txt exists by now depends on whether its open won the race with the
    // destroy, in Node as in NodeLoop, so it is not printed.
    console.log('failed', error.code, broken.destroyed);
    fs.rmSync(dir, { recursive: true });
  });
});
