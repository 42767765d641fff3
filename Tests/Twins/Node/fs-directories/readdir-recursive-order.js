// A recursive readdir names nested entries relative to the directory: readdirSync goes breadth first and follows a link to a directory, fs.promises.readdir reads the directory it found last first, and with withFileTypes a link stays a link.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeloop-'));
fs.mkdirSync(path.join(dir, 'a/b/c'), { recursive: true });
fs.mkdirSync(path.join(dir, 'z'));
for (const file of ['a/x', 'a/b/y', 'a/b/c/w', 'z/q', 'top.txt']) fs.closeSync(fs.openSync(path.join(dir, file), 'w'));
fs.symlinkSync('a', path.join(dir, 'link'));
console.log('sync', fs.readdirSync(dir, { recursive: true }));
const entries = fs.readdirSync(dir, { withFileTypes: true, recursive: true });
console.log('sync entries', entries.map((entry) => entry.parentPath.slice(dir.length) + '|' + entry.name));
fs.promises.readdir(dir, { recursive: true }).then((names) => {
  console.log('promise', names);
  return fs.promises.readdir(dir, { withFileTypes: true, recursive: true });
}).then((entries) => {
  console.log('promise entries', entries.map((entry) => entry.parentPath.slice(dir.length) + '|' + entry.name));
  fs.rmSync(dir, { recursive: true });
});
