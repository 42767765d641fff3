// fs.rename moves a file; renaming a missing file fails with ENOENT naming both paths, as path
// and dest, in the callback, sync and promise forms.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeloop-'));
const mask = (text) => text.replace(dir, '<scratch>').replace(dir, '<scratch>');
const a = path.join(dir, 'a');
const b = path.join(dir, 'b');
fs.closeSync(fs.openSync(a, 'w'));
fs.renameSync(a, b);
console.log('after renameSync', fs.existsSync(a), fs.existsSync(b));
try {
  fs.renameSync(a, b);
} catch (error) {
  console.log('sync', error.code, error.errno, error.syscall);
  console.log('sync', mask(error.message));
  console.log('sync', path.basename(error.path), path.basename(error.dest));
}
fs.rename(path.join(dir, 'missing'), path.join(dir, 'elsewhere'), (error) => {
  console.log('callback', error.code, mask(error.message));
  fs.promises.rename(b, a).then(() => {
    console.log('promise fulfilled', fs.existsSync(a), fs.existsSync(b));
    return fs.promises.rename(b, a);
  }).catch((error) => {
    console.log('promise rejected', error.code, mask(error.message));
    console.log('dest', path.basename(error.dest));
    fs.rmSync(dir, { recursive: true });
  });
});
