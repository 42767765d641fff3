// pipe() pauses the source when write() returns false and resumes it on 'drain', so a fast
// source never fills a slow destination past its high-water mark by more than one chunk.
const { Readable, Writable } = require('stream');
let produced = 0;
const source = new Readable({
  highWaterMark: 8,
  read() {
    produced += 1;
    this.push(produced <= 20 ? 'xxxx' : null);
  },
});
let maxBuffered = 0;
let writes = 0;
const sink = new Writable({
  highWaterMark: 8,
  write(chunk, encoding, callback) {
    writes += 1;
    maxBuffered = Math.max(maxBuffered, this.writableLength);
    setImmediate(callback);
  },
});
let pauses = 0;
let drains = 0;
source.on('pause', () => { pauses += 1; });
sink.on('drain', () => { drains += 1; });
sink.on('pipe', (src) => console.log('pipe event', src === source));
sink.on('unpipe', (src) => console.log('unpipe event', src === source));
sink.on('finish', () => console.log('finish: writes', writes, 'max buffered', maxBuffered, 'pauses', pauses > 0, 'drains', drains > 0));
source.on('end', () => console.log('source end'));
console.log('pipe returns dest', source.pipe(sink) === sink);
