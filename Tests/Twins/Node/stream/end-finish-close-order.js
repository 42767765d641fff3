// end(chunk, cb) writes the last chunk; 'finish' comes on a tick after the writes complete,
// followed by end's callback, then 'close' on the tick after (autoDestroy).
const { Writable } = require('stream');
const writable = new Writable({
  write(chunk, encoding, callback) {
    console.log('_write', chunk.toString());
    callback();
  },
});
writable.on('finish', () => console.log('finish', writable.writableFinished));
writable.on('close', () => console.log('close', writable.destroyed));
writable.write('one', () => console.log('cb one'));
writable.end('two', () => console.log('end callback'));
console.log('ended', writable.writableEnded, 'finished', writable.writableFinished);
process.nextTick(() => console.log('tick 1'));
Promise.resolve().then(() => console.log('promise job'));
setImmediate(() => console.log('immediate'));
