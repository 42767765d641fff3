// A write that completes later: 'finish' comes in the same tick as the write's callback,
// before a tick that the callback queued.
const { Writable } = require('stream');
const w = new Writable({
  write(chunk, encoding, callback) {
    setImmediate(() => {
      callback();
      process.nextTick(() => console.log('tick queued by the completion'));
    });
  },
});
w.on('finish', () => console.log('finish'));
w.write('a', () => console.log('write callback'));
w.end('b');
