// question writes its query to the output and gets the next line instead of 'line'.
const readline = require('readline');
const { Readable, Writable } = require('stream');
const output = new Writable({
  write(chunk, encoding, callback) { console.log('output:', JSON.stringify(chunk.toString())); callback(); },
});
const input = Readable.from([Buffer.from('ada\nbob\ncy\n')]);
const rl = readline.createInterface({ input, output });
rl.question('name? ', (answer) => {
  console.log('answer', answer);
  rl.on('line', (line) => console.log('line', line));
});
rl.on('close', () => console.log('close'));
