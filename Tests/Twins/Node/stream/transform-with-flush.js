// A Transform's _transform output is readable on the other side; _flush runs after end(),
// before 'finish' ... its pushes come before the readable side's 'end'.
const { Transform } = require('stream');
const upper = new Transform({
  transform(chunk, encoding, callback) {
    console.log('_transform', chunk.toString());
    callback(null, chunk.toString().toUpperCase());
  },
  flush(callback) {
    console.log('_flush');
    this.push('!');
    callback();
  },
});
upper.on('data', (chunk) => console.log('data', chunk.toString()));
upper.on('finish', () => console.log('finish'));
upper.on('end', () => console.log('end'));
upper.on('close', () => console.log('close'));
upper.write('ab');
upper.write('cd');
upper.end();
