// fs.chmod sets the permission bits from a number or an octal string; fchmod and the
// FileHandle's chmod do the same on an open file; stat shows them.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeloop-'));
const file = path.join(dir, 'file');
const octal = () => (fs.statSync(file).mode & 0o777).toString(8);
fs.closeSync(fs.openSync(file, 'w'));
fs.chmodSync(file, 0o640);
console.log('number', octal());
fs.chmodSync(file, '751');
console.log('string', octal());
const fd = fs.openSync(file, 'r');
fs.fchmodSync(fd, 0o604);
console.log('fchmodSync', octal());
fs.closeSync(fd);
fs.chmod(file, 0o700, (error) => {
  console.log('callback', error?.code, octal());
  fs.promises.open(file, 'r').then((handle) => {
    return handle.chmod(0o444).then(() => {
      console.log('filehandle', octal());
      return handle.close();
    });
  }).then(() => fs.promises.chmod(path.join(dir, 'missing'), 0o644)).catch((error) => {
    console.log('promise missing', error.code, error.syscall);
    fs.rmSync(dir, { recursive: true });
  });
});
