// write() returns false once the buffered bytes reach the high-water mark; 'drain' comes after
// the buffer has emptied, before the callbacks of the writes that completed with it.
const { Writable } = require('stream');
const writable = new Writable({
  highWaterMark: 4,
  write(chunk, encoding, callback) {
    console.log('_write', chunk.toString(), encoding);
    setImmediate(callback);
  },
});
writable.on('drain', () => console.log('drain, length', writable.writableLength));
console.log('write ab', writable.write('ab', () => console.log('cb ab')));
console.log('write cd', writable.write('cd', () => console.log('cb cd')));
console.log('needDrain', writable.writableNeedDrain, 'length', writable.writableLength);
console.log('write ef', writable.write('ef', () => console.log('cb ef')));
