// write() after end() fails with ERR_STREAM_WRITE_AFTER_END: the write's callback and the
// 'error' event get it on a later tick, and the stream is destroyed ('close').
const { Writable } = require('stream');
const writable = new Writable({
  write(chunk, encoding, callback) { callback(); },
});
writable.on('error', (error) => console.log('error', error.code, error.message));
writable.on('finish', () => console.log('finish'));
writable.on('close', () => console.log('close'));
writable.end();
console.log('write returned', writable.write('late', (error) => console.log('write cb', error.code)));
process.nextTick(() => console.log('tick'));
