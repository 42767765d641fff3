// readFile opens, stats, reads and closes in separate requests, each completing in a poll phase
// of its own, so an immediate queued with it runs first; writeFile likewise (open, write,
// close), in the callback and in the promise form.
const fs = require('fs');
fs.readFile('Package.swift', (error, data) => {
  console.log('readFile callback', error === null, data.length > 0);
  fs.writeFile('/dev/null', 'x', (error) => {
    console.log('writeFile callback', error === null);
    fs.promises.readFile('Package.swift', 'utf8').then((text) => console.log('promises.readFile', text.length > 0));
    setImmediate(() => console.log('immediate queued in the writeFile callback'));
  });
  setImmediate(() => console.log('immediate queued in the readFile callback'));
});
setImmediate(() => console.log('immediate'));
Promise.resolve().then(() => console.log('promise'));
console.log('sync');
