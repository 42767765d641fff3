// appendFile adds to the end of a file, creating it if missing, in its three forms; a flag
// given explicitly ('w') replaces the content instead.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeloop-'));
const file = path.join(dir, 'log.txt');
fs.appendFileSync(file, 'one\n');
fs.appendFile(file, Buffer.from('two\n'), (error) => {
  console.log('callback, no error:', error === null);
  fs.promises.appendFile(file, '7468726565', { encoding: 'hex' }).then(() => {
    console.log(JSON.stringify(fs.readFileSync(file, 'utf8')));
    fs.appendFileSync(file, 'fresh', { flag: 'w' });
    console.log(JSON.stringify(fs.readFileSync(file, 'utf8')));
    fs.rmSync(dir, { recursive: true });
  });
});
