// fs.link gives a file a second name: both names stat to the same inode with nlink 2, and
// removing one leaves nlink 1. Linking onto an existing name fails with EEXIST naming both.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeloop-'));
const first = path.join(dir, 'first');
const second = path.join(dir, 'second');
fs.closeSync(fs.openSync(first, 'w'));
console.log('nlink before', fs.statSync(first).nlink);
fs.link(first, second, (error) => {
  console.log('link error', error?.code);
  console.log('nlink after', fs.statSync(first).nlink, fs.statSync(second).nlink);
  console.log('same inode', fs.statSync(first).ino === fs.statSync(second).ino);
  try {
    fs.linkSync(first, second);
  } catch (error) {
    console.log('again', error.code, error.syscall, path.basename(error.path), path.basename(error.dest));
  }
  fs.unlinkSync(first);
  console.log('nlink after unlink', fs.statSync(second).nlink);
  fs.promises.link(first, path.join(dir, 'third')).catch((error) => {
    console.log('promise missing', error.code, path.basename(error.path), path.basename(error.dest));
    fs.rmSync(dir, { recursive: true });
  });
});
