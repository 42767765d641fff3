// close() in a 'line' listener: no more lines, 'close' at once, and a second close does nothing.
const readline = require('readline');
const { Readable } = require('stream');
const input = Readable.from([Buffer.from('one\ntwo\nthree\n')]);
const rl = readline.createInterface({ input });
rl.on('line', (line) => {
  console.log('line', line);
  if (line === 'two') {
    rl.close();
    console.log('after close');
    rl.close();
  }
});
rl.on('close', () => console.log('close'));
input.on('end', () => console.log('input end'));
setTimeout(() => console.log('input paused:', input.isPaused()), 10);
