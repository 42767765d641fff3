// stream.pipeline pipes the streams in order and calls back once, after every stream has
// closed; on a failure it destroys every stream and calls back with the first error.
const { pipeline, Readable, Transform, Writable } = require('stream');
const got = [];
pipeline(
  Readable.from(['a', 'b', 'c']),
  new Transform({ transform(chunk, encoding, callback) { callback(null, chunk.toString() + chunk.toString()); } }),
  new Writable({ write(chunk, encoding, callback) { got.push(chunk.toString()); callback(); } }),
  (error) => console.log('first pipeline done', error === undefined ? 'no error' : error, got.join(',')),
);
const source = new Readable({ read() {} });
const failing = new Transform({ transform(chunk, encoding, callback) { callback(new Error('bad chunk')); } });
const sink = new Writable({ write(chunk, encoding, callback) { callback(); } });
source.on('close', () => console.log('source closed', source.destroyed));
sink.on('close', () => console.log('sink closed', sink.destroyed));
pipeline(source, failing, sink, (error) => console.log('second pipeline failed:', error.message));
source.push('x');
