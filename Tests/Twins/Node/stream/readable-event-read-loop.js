// A 'readable' listener puts the stream in paused mode: 'readable' fires on a tick once data is
// buffered, read() drains it (the whole buffer when called without a size, or n bytes), and
// 'readable' fires once more at the end before 'end'.
const { Readable } = require('stream');
let n = 0;
const readable = new Readable({
  read() {
    n += 1;
    console.log('_read', n);
    if (n <= 2) this.push('chunk' + n);
    else this.push(null);
  },
});
readable.on('readable', () => {
  console.log('readable, length', readable.readableLength);
  let chunk;
  while ((chunk = readable.read(3)) !== null) console.log('read', chunk.toString());
});
readable.on('end', () => console.log('end'));
readable.on('close', () => console.log('close'));
console.log('flowing', readable.readableFlowing);
