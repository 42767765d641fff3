// Leaving a for await loop early (break) destroys the stream: 'close' comes, no 'end', and
// the rest of the data is never read.
const { Readable } = require('stream');
let reads = 0;
const readable = new Readable({
  objectMode: true,
  read() {
    reads += 1;
    this.push(reads);
  },
});
readable.on('end', () => console.log('end'));
readable.on('close', () => console.log('close, destroyed', readable.destroyed));
(async () => {
  for await (const value of readable) {
    console.log('value', value);
    if (value === 2) break;
  }
  console.log('after loop, destroyed', readable.destroyed);
})();
