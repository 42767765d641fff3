// mkdir fails with EEXIST for an existing path and ENOENT for a missing parent; with recursive, a file in the way is EEXIST at the end of the path and ENOTDIR before it, naming the whole path.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeloop-'));
fs.closeSync(fs.openSync(path.join(dir, 'file'), 'w'));
function show(label, error) {
  console.log(label, error.code, error.errno, error.syscall, error.path.replace(dir, '<tmp>'));
  console.log(error.message.replace(dir, '<tmp>'));
}
fs.mkdir(dir, (error) => {
  show('existing', error);
  fs.promises.mkdir(path.join(dir, 'missing/x')).catch((error) => {
    show('missing parent', error);
    try {
      fs.mkdirSync(path.join(dir, 'file'), { recursive: true });
    } catch (error) {
      show('recursive on a file', error);
    }
    try {
      fs.mkdirSync(path.join(dir, 'file/x/y'), { recursive: true });
    } catch (error) {
      show('recursive under a file', error);
    }
    fs.rmSync(dir, { recursive: true });
  });
});
