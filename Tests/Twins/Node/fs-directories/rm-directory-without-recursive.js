// rm of a directory without recursive fails with Node's SystemError ERR_FS_EISDIR (errno 21, positive; syscall rm; the path), force or not, and leaves the directory.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeloop-'));
const sub = path.join(dir, 'sub');
fs.mkdirSync(sub);
function show(label, error) {
  console.log(label, error.name, error.code, error.errno, error.syscall, error.path.replace(dir, '<tmp>'));
  console.log(error.message.replace(dir, '<tmp>'));
  console.log(String(error).replace(dir, '<tmp>'));
}
try {
  fs.rmSync(sub);
} catch (error) {
  show('sync', error);
}
fs.rm(sub, { force: true }, (error) => {
  show('callback', error);
  fs.promises.rm(sub).catch((error) => {
    show('promise', error);
    console.log('still a directory', fs.statSync(sub).isDirectory());
    fs.rmSync(dir, { recursive: true });
  });
});
