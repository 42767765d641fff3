// A write that _write completes before returning does not count against the high-water mark:
// write() returns true and no 'drain' follows. Without a callback it needs no tick, so end()'s
// 'finish' comes on the tick after end(); in object mode every write takes a tick first.
const { Writable } = require('stream');
const bytes = new Writable({ highWaterMark: 1, write(chunk, encoding, callback) { callback(); } });
bytes.on('drain', () => console.log('bytes drain'));
bytes.on('finish', () => console.log('bytes finish'));
console.log('bytes write returned', bytes.write('abc'));
process.nextTick(() => console.log('tick 1'));
bytes.end(() => console.log('bytes end callback'));
process.nextTick(() => console.log('tick 2'));
setImmediate(() => {
  const objects = new Writable({ objectMode: true, write(chunk, encoding, callback) { callback(); } });
  objects.on('finish', () => console.log('objects finish'));
  console.log('objects write returned', objects.write(1));
  process.nextTick(() => console.log('tick 3'));
  objects.end(() => console.log('objects end callback'));
  process.nextTick(() => console.log('tick 4'));
});
