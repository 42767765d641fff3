// push() after push(null) destroys the stream with ERR_STREAM_PUSH_AFTER_EOF: 'error' then
// 'close', on a later tick; push() returns false once the stream has ended.
const { Readable } = require('stream');
const readable = new Readable({ read() {} });
readable.on('error', (error) => console.log('error', error.code, error.message));
readable.on('close', () => console.log('close', readable.destroyed));
console.log('push null', readable.push(null));
console.log('push after', readable.push('late'));
console.log('destroyed now', readable.destroyed);
process.nextTick(() => console.log('tick'));
