// stream/promises.pipeline returns a promise that fulfills when the pipeline is done and rejects
// with the first error; finished() has a promise form too.
const { Readable, PassThrough, Writable } = require('stream');
const { pipeline, finished } = require('stream/promises');
const chunks = [];
const sink = new Writable({ objectMode: true, write(chunk, encoding, callback) { chunks.push(chunk); callback(); } });
pipeline(Readable.from(['p', 'q']), new PassThrough({ objectMode: true }), sink)
  .then(() => console.log('fulfilled', chunks.join('')));
const failing = new Readable({ read() { this.destroy(new Error('source failed')); } });
pipeline(failing, new PassThrough()).catch((error) => console.log('rejected', error.message));
const done = new PassThrough();
finished(done).then(() => console.log('finished promise fulfilled'));
done.end('z');
done.resume();
