// readFile of a missing file fails with ENOENT from open, naming the path: the callback form
// gets the error and no data, the promise form rejects with the same error.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeloop-'));
const missing = path.join(dir, 'missing.txt');
fs.readFile(missing, (error, data) => {
  console.log('callback', error.code, error.errno, error.syscall);
  console.log('callback', error.message.replace(dir, '<dir>'));
  console.log('data', data);
  fs.promises.readFile(missing, 'utf8').catch((error) => {
    console.log('promise', error.code, error.errno, error.syscall);
    console.log('promise', error.message.replace(dir, '<dir>'));
    fs.rmSync(dir, { recursive: true });
  });
});
