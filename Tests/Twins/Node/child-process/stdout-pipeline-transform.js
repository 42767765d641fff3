// stream.pipeline from a child's stdout through a Transform into a Writable: every line
// arrives transformed, the callback gets no error, and the child closes after it.
const { spawn } = require('child_process');
const { pipeline, Transform, Writable } = require('stream');
const child = spawn('printf', ['alpha\\nbeta\\n']);
const upper = new Transform({ transform(chunk, encoding, callback) { callback(null, chunk.toString().toUpperCase()); } });
let text = '';
const sink = new Writable({ write(chunk, encoding, callback) { text += chunk; callback(); } });
pipeline(child.stdout, upper, sink, (error) => console.log('pipeline done', error, JSON.stringify(text)));
child.on('close', (code) => console.log('close', code, 'stdout destroyed', child.stdout.destroyed));
