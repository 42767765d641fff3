// 'end' is emitted only once every chunk has been consumed: a stream that pushed null but was
// never read stays open, and ends after resume() has let its data flow out.
const { Readable } = require('stream');
const readable = new Readable({ read() {} });
readable.push('x');
readable.push(null);
readable.on('end', () => console.log('end'));
readable.on('close', () => console.log('close'));
setImmediate(() => {
  console.log('ended?', readable.readableEnded, 'length', readable.readableLength);
  readable.on('data', (chunk) => console.log('data', chunk.toString()));
  console.log('attached data listener');
});
