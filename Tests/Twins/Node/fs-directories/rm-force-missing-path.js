// rm of a missing path fails with ENOENT from lstat; with force it succeeds and does nothing.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeloop-'));
const missing = path.join(dir, 'missing');
fs.rm(missing, (error) => {
  console.log('without force', error.code, error.errno, error.syscall, error.message.replace(dir, '<tmp>'));
  fs.rm(missing, { force: true }, (error) => {
    console.log('with force', error === null);
    fs.promises.rm(missing, { recursive: true, force: true }).then(() => {
      console.log('promise with force fulfilled');
      fs.rmSync(missing, { force: true });
      console.log('sync with force done');
      fs.rmSync(dir, { recursive: true });
    });
  });
});
