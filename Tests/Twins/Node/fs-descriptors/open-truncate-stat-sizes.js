// open with "w" creates an empty file; truncate and ftruncate set its size; fstat and stat see
// the same file; a closed descriptor gives EBADF from fstat.
const fs = require('fs'); const os = require('os'); const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeloop-'));
const file = path.join(dir, 'data.bin');
const fd = fs.openSync(file, 'w');
console.log('created size', fs.fstatSync(fd).size, 'isFile', fs.fstatSync(fd).isFile());
fs.truncateSync(file, 10);
console.log('after truncate', fs.statSync(file).size);
fs.ftruncateSync(fd, 3);
console.log('after ftruncate', fs.fstatSync(fd).size);
fs.fsyncSync(fd);
fs.fdatasyncSync(fd);
fs.closeSync(fd);
try { fs.fstatSync(fd); } catch (error) { console.log('fstat after close', error.code, error.syscall); }
console.log('directory isDirectory', fs.statSync(dir).isDirectory(), 'isFile', fs.statSync(dir).isFile());
fs.unlinkSync(file);
fs.rmdirSync(dir);
