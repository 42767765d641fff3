// A recursive mkdir that fails names the path given in mkdirSync, but the directory whose
// request failed in the callback and promise forms; a dangling link in the way is ENOENT in the
// first and ENOTDIR in the others, as Node's two walks differ. A file in the way is the same in all.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeloop-'));
fs.symlinkSync(path.join(dir, 'nowhere'), path.join(dir, 'dangling'));
fs.closeSync(fs.openSync(path.join(dir, 'file'), 'w'));
function show(label, error) {
  console.log(label, error.code, error.errno, error.syscall, error.path.replace(dir, '<tmp>'));
  console.log(error.message.replace(dir, '<tmp>'));
}
for (const target of ['dangling/a/b', 'file/a/b', 'file']) {
  try { fs.mkdirSync(path.join(dir, target), { recursive: true }); } catch (error) { show('sync ' + target, error); }
}
fs.mkdir(path.join(dir, 'dangling/a/b'), { recursive: true }, (error) => {
  show('callback dangling/a/b', error);
  fs.promises.mkdir(path.join(dir, 'dangling/a/b'), { recursive: true }).catch((error) => {
    show('promise dangling/a/b', error);
    fs.promises.mkdir(path.join(dir, 'file/a/b'), { recursive: true }).catch((error) => {
      show('promise file/a/b', error);
      fs.mkdir(path.join(dir, 'file'), { recursive: true }, (error) => {
        show('callback file', error);
        fs.rmSync(dir, { recursive: true });
      });
    });
  });
});
