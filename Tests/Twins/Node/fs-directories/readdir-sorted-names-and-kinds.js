// fs.readdir lists names sorted by their bytes (libuv's scandir: digits, capitals, '_', small letters), and withFileTypes gives Dirents whose kind is the entry's own: a link to a directory stays a link.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeloop-'));
for (const name of ['b.txt', 'a', '_u', 'B', 'A.txt', '9', '10']) fs.closeSync(fs.openSync(path.join(dir, name), 'w'));
fs.mkdirSync(path.join(dir, 'sub'));
fs.symlinkSync('sub', path.join(dir, 'link'));
fs.readdir(dir, (error, names) => {
  console.log('names', names);
  fs.readdir(dir, { withFileTypes: true }, (error, entries) => {
    for (const entry of entries) {
      console.log(entry.name, entry.isFile(), entry.isDirectory(), entry.isSymbolicLink(), entry.parentPath === dir);
    }
    fs.rmSync(dir, { recursive: true });
  });
});
