// A write whose _write calls back synchronously has its callback run on a later tick, all such
// callbacks in one tick; 'finish' comes after them and before 'close'.
const { Writable } = require('stream');
const writable = new Writable({
  decodeStrings: false,
  write(chunk, encoding, callback) {
    console.log('_write', typeof chunk, chunk, encoding);
    callback();
  },
});
writable.on('finish', () => console.log('finish'));
writable.on('close', () => console.log('close'));
writable.write('a', () => console.log('cb a'));
writable.write('b', () => console.log('cb b'));
writable.end(() => console.log('end cb'));
process.nextTick(() => console.log('tick'));
