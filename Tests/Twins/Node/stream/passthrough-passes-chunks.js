// A PassThrough gives back what is written, chunk for chunk; its readable side buffers until
// read, and the writable side finishes before the readable side ends.
const { PassThrough } = require('stream');
const pass = new PassThrough();
pass.on('finish', () => console.log('finish'));
pass.on('end', () => console.log('end'));
pass.on('close', () => console.log('close'));
console.log('write', pass.write('one'), pass.write(Buffer.from('two')));
pass.end('three');
console.log('readable length', pass.readableLength, 'writable length', pass.writableLength);
setImmediate(() => {
  let chunk;
  while ((chunk = pass.read()) !== null) console.log('read', chunk.toString());
});
