// A 'data' listener switches a paused Readable to flowing, but the flow starts on a later tick:
// chunks pushed before it wait in the buffer; pause() and resume() emit their events, and
// 'end' comes on a tick after the last chunk is consumed.
const { Readable } = require('stream');
const readable = new Readable({ read() {} });
readable.push('a');
readable.push('b');
console.log('flowing before', readable.readableFlowing, 'length', readable.readableLength);
readable.on('data', (chunk) => console.log('data', chunk.toString(), 'length', readable.readableLength));
readable.on('pause', () => console.log('pause'));
readable.on('resume', () => console.log('resume'));
readable.on('end', () => console.log('end'));
readable.on('close', () => console.log('close'));
console.log('flowing after listener', readable.readableFlowing);
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('promise job'));
setImmediate(() => {
  readable.pause();
  readable.push('c');
  console.log('paused, length', readable.readableLength);
  readable.resume();
  readable.push(null);
});
