// setEncoding makes 'data' deliver strings decoded with that encoding; a pushed string is first
// encoded as UTF-8, so with 'hex' the listener sees the bytes in hex.
const { Readable } = require('stream');
const readable = new Readable({ read() {} });
readable.setEncoding('hex');
readable.on('data', (chunk) => console.log(typeof chunk, chunk));
readable.on('end', () => console.log('end', readable.readableEncoding));
readable.push('hi');
readable.push('é');
readable.push(null);
