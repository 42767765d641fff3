// readFile of a directory opens it, then fails to read it: EISDIR from read, without a path, in
// the callback, synchronous and promise forms.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeloop-'));
fs.readFile(dir, (error, data) => {
  console.log('callback', error.code, error.errno, error.syscall, error.path);
  console.log('callback', error.message);
  try {
    fs.readFileSync(dir, 'utf8');
  } catch (error) {
    console.log('sync', error.code, error.message);
  }
  fs.promises.readFile(dir).catch((error) => {
    console.log('promise', error.code, error.message);
    fs.rmSync(dir, { recursive: true });
  });
});
