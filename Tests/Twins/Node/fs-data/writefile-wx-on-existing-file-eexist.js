// writeFile with the flag 'wx' fails on an existing file with EEXIST from open, naming the path
// (masked here), in the callback and promise forms, and leaves the file as it was.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeloop-'));
const file = path.join(dir, 'taken.txt');
fs.writeFileSync(file, 'first');
fs.writeFile(file, 'second', { flag: 'wx' }, (error) => {
  console.log(error.code, error.errno, error.syscall);
  console.log(error.path.replace(dir, '<dir>'));
  console.log(error.message.replace(dir, '<dir>'));
  fs.promises.writeFile(file, Buffer.from('third'), { flag: 'wx' }).catch((error) => {
    console.log('promise', error.code, error.message.replace(dir, '<dir>'));
    console.log('content', fs.readFileSync(file, 'utf8'));
    fs.rmSync(dir, { recursive: true });
  });
});
