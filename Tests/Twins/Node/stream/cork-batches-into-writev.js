// cork() holds writes in the buffer; uncork() hands them all to _writev in one call, whose
// single callback completes every write; the write callbacks run on a later tick.
const { Writable } = require('stream');
const writable = new Writable({
  write(chunk, encoding, callback) {
    console.log('_write', chunk.toString());
    callback();
  },
  writev(chunks, callback) {
    console.log('_writev', chunks.map((c) => c.chunk.toString()).join(','));
    callback();
  },
});
writable.cork();
writable.write('a', () => console.log('cb a'));
writable.write('b', () => console.log('cb b'));
writable.write('c', () => console.log('cb c'));
console.log('corked', writable.writableCorked, 'length', writable.writableLength);
process.nextTick(() => {
  writable.uncork();
  console.log('uncorked, length', writable.writableLength);
  writable.write('d', () => console.log('cb d'));
});
