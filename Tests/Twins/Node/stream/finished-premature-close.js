// stream.finished calls back once a stream is done: with no error after 'end' (once it has
// closed), with ERR_STREAM_PREMATURE_CLOSE when it closes before ending, with the error if it
// errors.
const { finished, Readable, Writable } = require('stream');
const complete = new Readable({ read() {} });
finished(complete, (error) => console.log('complete:', error === undefined ? 'no error' : error.code));
complete.on('close', () => console.log('complete close'));
complete.resume();
complete.push(null);
const cut = new Readable({ read() {} });
finished(cut, (error) => console.log('cut:', error.code, error.message));
cut.destroy();
const broken = new Writable({ write(chunk, encoding, callback) { callback(new Error('disk full')); } });
broken.on('error', () => {});
finished(broken, (error) => console.log('broken:', error.message));
broken.write('x');
