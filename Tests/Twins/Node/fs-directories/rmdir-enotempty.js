// rmdir removes only an empty directory: one with an entry fails with ENOTEMPTY (errno -39, syscall rmdir).
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeloop-'));
fs.mkdirSync(path.join(dir, 'full/sub'), { recursive: true });
fs.rmdir(path.join(dir, 'full'), (error) => {
  console.log(error.code, error.errno, error.syscall, error.message.replace(dir, '<tmp>'));
  fs.rmdir(path.join(dir, 'full/sub'), (error) => {
    console.log('empty one removed', error === null, fs.readdirSync(path.join(dir, 'full')));
    fs.promises.rmdir(path.join(dir, 'full')).then(() => {
      console.log('promise fulfilled', fs.readdirSync(dir));
      fs.rmdirSync(dir);
    });
  });
});
