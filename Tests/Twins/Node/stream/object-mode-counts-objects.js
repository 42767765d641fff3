// In objectMode the high-water mark counts objects (16 by default): push() returns false once
// that many are buffered; read() returns one object at a time.
const { Readable } = require('stream');
const readable = new Readable({ objectMode: true, read() {} });
console.log('hwm', readable.readableHighWaterMark, 'objectMode', readable.readableObjectMode);
const results = [];
for (let i = 0; i < 17; i += 1) results.push(readable.push({ n: i }));
console.log('push results', results.join(' '));
console.log('length', readable.readableLength);
const small = new Readable({ objectMode: true, highWaterMark: 2, read() {} });
console.log('small pushes', small.push(1), small.push(2), small.push(3), small.readableLength);
console.log('read', small.read(), small.read(5), small.readableLength);
