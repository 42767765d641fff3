// A stream's text as lines: every line break ("\n", "\r\n", a lone "\r") ends a line, even one
// cut between chunks, and the text after the last break is the last line; then 'close'.
const readline = require('readline');
const { Readable } = require('stream');
const input = Readable.from([Buffer.from('first\nsec'), Buffer.from('ond\r'), Buffer.from('\nthird\rfou'),
  Buffer.from([0x72, 0x74, 0x68, 0x20, 0xc3]), Buffer.from([0xa9, 0x0a, 0x0a]), Buffer.from('no break at the end')]);
const lines = readline.createInterface({ input });
lines.on('line', (line) => console.log('line', JSON.stringify(line)));
lines.on('close', () => console.log('close, closed:', lines.closed));
console.log('made the interface');
