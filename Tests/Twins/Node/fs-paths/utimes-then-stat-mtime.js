// fs.utimes sets access and modification times from seconds with fractions; stat reports them
// in milliseconds. futimes does it on a descriptor; lutimes on the link itself, not its target.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeloop-'));
const file = path.join(dir, 'file');
const link = path.join(dir, 'link');
fs.closeSync(fs.openSync(file, 'w'));
fs.utimesSync(file, 1000.5, 2000.25);
console.log('utimesSync', fs.statSync(file).atimeMs, fs.statSync(file).mtimeMs);
const fd = fs.openSync(file, 'r');
fs.futimesSync(fd, 3000, 4000.125);
console.log('futimesSync', fs.statSync(file).atimeMs, fs.statSync(file).mtimeMs);
fs.closeSync(fd);
fs.symlinkSync('file', link);
fs.lutimesSync(link, 10, 20);
console.log('lutimesSync link', fs.lstatSync(link).mtimeMs, 'target', fs.statSync(file).mtimeMs);
fs.utimes(file, 0, 1700000000, (error) => {
  console.log('callback', error?.code, fs.statSync(file).atimeMs, fs.statSync(file).mtimeMs);
  fs.promises.utimes(file, 5, 6).then(() => {
    console.log('promise', fs.statSync(file).mtimeMs);
    return fs.promises.utimes(path.join(dir, 'missing'), 5, 6);
  }).catch((error) => {
    console.log('promise missing', error.code, error.syscall);
    fs.rmSync(dir, { recursive: true });
  });
});
