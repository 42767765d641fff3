// fs.copyFile copies a file, replacing the destination; with COPYFILE_EXCL onto an existing
// file it fails with EEXIST, syscall copyfile, naming src and dest.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeloop-'));
const mask = (text) => text.replace(dir, '<scratch>').replace(dir, '<scratch>');
const src = path.join(dir, 'src');
const dest = path.join(dir, 'dest');
const fd = fs.openSync(src, 'w');
fs.ftruncateSync(fd, 5);
fs.closeSync(fd);
fs.copyFileSync(src, dest);
console.log('copied size', fs.statSync(dest).size);
fs.truncateSync(dest, 2);
fs.copyFileSync(src, dest);
console.log('replaced size', fs.statSync(dest).size);
console.log('COPYFILE_EXCL', fs.constants.COPYFILE_EXCL);
try {
  fs.copyFileSync(src, dest, fs.constants.COPYFILE_EXCL);
} catch (error) {
  console.log('sync', error.code, error.errno, error.syscall);
  console.log('sync', mask(error.message));
  console.log('sync', path.basename(error.path), path.basename(error.dest));
}
fs.copyFile(src, dest, fs.constants.COPYFILE_EXCL, (error) => {
  console.log('callback', error.code, mask(error.message));
  fs.promises.copyFile(src, dest, fs.constants.COPYFILE_EXCL).catch((error) => {
    console.log('promise', error.code, mask(error.message));
    fs.rmSync(dir, { recursive: true });
  });
});
