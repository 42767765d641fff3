// unshift() puts a chunk back at the front of the buffer, so the next read() returns it first;
// read(n) in paused mode splits and joins buffered chunks by bytes.
const { Readable } = require('stream');
const readable = new Readable({ read() {} });
readable.push('hello ');
readable.push('world');
readable.push(null);
readable.once('readable', () => {
  const head = readable.read(3);
  console.log('read 3', head.toString(), 'length', readable.readableLength);
  readable.unshift(head);
  console.log('after unshift length', readable.readableLength);
  console.log('read 8', readable.read(8).toString());
  console.log('read rest', readable.read().toString());
  console.log('read empty', readable.read());
});
readable.on('end', () => console.log('end'));
