// Readable.from makes an objectMode stream of an iterable's values; for await reads it to the
// end, after which the stream is destroyed and has closed.
const { Readable } = require('stream');
const readable = Readable.from([1, 2, 3]);
console.log('objectMode', readable.readableObjectMode);
readable.on('close', () => console.log('close'));
(async () => {
  for await (const value of readable) console.log('value', value);
  console.log('loop done, destroyed', readable.destroyed);
})();
