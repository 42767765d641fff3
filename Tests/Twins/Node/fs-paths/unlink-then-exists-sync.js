// fs.unlink removes a file, after which existsSync is false; existsSync never throws (a NUL
// byte gives false), and unlinking again fails with ENOENT, syscall unlink.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeloop-'));
const file = path.join(dir, 'file');
fs.closeSync(fs.openSync(file, 'w'));
console.log('exists before', fs.existsSync(file));
console.log('exists with NUL', fs.existsSync(file + '\0'));
console.log('exists of directory', fs.existsSync(dir));
fs.unlinkSync(file);
console.log('exists after unlinkSync', fs.existsSync(file));
fs.unlink(file, (error) => {
  console.log('unlink again', error.code, error.errno, error.syscall, path.basename(error.path));
  fs.unlink(dir, (error) => {
    console.log('unlink a directory', error.code, error.syscall);
    fs.promises.unlink(file).catch((error) => {
      console.log('promise', error.code);
      fs.rmSync(dir, { recursive: true });
    });
  });
});
