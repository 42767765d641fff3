// destroy() without an error emits only 'close'; reads and writes afterwards do nothing, and
// a write gets ERR_STREAM_DESTROYED through its callback and no 'error' event.
const { Readable, Writable } = require('stream');
const readable = new Readable({ read() {} });
readable.on('close', () => console.log('readable close'));
readable.on('end', () => console.log('readable end'));
readable.on('error', (error) => console.log('readable error', error.code));
readable.destroy();
console.log('push after destroy', readable.push('x'), readable.readableLength);
const writable = new Writable({ write(chunk, encoding, callback) { callback(); } });
writable.on('close', () => console.log('writable close'));
writable.on('error', (error) => console.log('writable error', error.code));
writable.destroy();
console.log('write after destroy', writable.write('x', (error) => console.log('write cb', error.code, error.message)));
