// destroy(err) marks the stream destroyed at once; 'error' then 'close' come together on a later
// tick, no 'end'; a second destroy changes nothing, and the errored property keeps the error.
const { Readable } = require('stream');
const readable = new Readable({
  read() {},
  destroy(error, callback) {
    console.log('_destroy', error.message);
    callback(error);
  },
});
readable.on('error', (error) => console.log('error', error.message));
readable.on('close', () => console.log('close'));
readable.on('end', () => console.log('end'));
readable.destroy(new Error('boom'));
readable.destroy(new Error('again'));
console.log('destroyed', readable.destroyed, 'errored', readable.errored.message);
process.nextTick(() => console.log('tick'));
queueMicrotask(() => console.log('microtask'));
