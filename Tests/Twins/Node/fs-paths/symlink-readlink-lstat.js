// fs.symlink stores the target as given; readlink returns it, lstat sees a symbolic link and
// stat the file behind it. A second symlink at the same path fails with EEXIST, the target as
// path and the link as dest.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeloop-'));
const target = path.join(dir, 'target');
const link = path.join(dir, 'link');
fs.closeSync(fs.openSync(target, 'w'));
fs.symlink('target', link, (error) => {
  console.log('symlink error', error?.code);
  console.log('readlinkSync', fs.readlinkSync(link));
  console.log('lstat isSymbolicLink', fs.lstatSync(link).isSymbolicLink());
  console.log('stat isSymbolicLink', fs.statSync(link).isSymbolicLink(), 'isFile', fs.statSync(link).isFile());
  fs.readlink(link, (error, value) => {
    console.log('readlink callback', error?.code, value);
    try {
      fs.symlinkSync('other', link);
    } catch (error) {
      console.log('again', error.code, error.syscall, error.path, path.basename(error.dest));
    }
    fs.promises.readlink(target).catch((error) => {
      console.log('readlink of a file', error.code, error.syscall);
      fs.rmSync(dir, { recursive: true });
    });
  });
});
