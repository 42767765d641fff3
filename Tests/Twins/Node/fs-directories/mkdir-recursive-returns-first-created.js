// mkdir with recursive gives the first directory it created, and undefined when the directory was already there; without recursive it gives nothing.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeloop-'));
fs.mkdir(path.join(dir, 'a/b/c'), { recursive: true }, (error, first) => {
  console.log('first created', first.slice(dir.length));
  fs.mkdir(path.join(dir, 'a/b'), { recursive: true }, (error, first) => {
    console.log('already there', error === null, first);
    fs.mkdir(path.join(dir, 'plain'), (error, value) => {
      console.log('plain', error === null, value);
      fs.promises.mkdir(path.join(dir, 'p/q'), { recursive: true }).then((first) => {
        console.log('promise', first.slice(dir.length));
        console.log('sync', fs.mkdirSync(path.join(dir, 'p/q'), { recursive: true }));
        fs.rmSync(dir, { recursive: true });
      });
    });
  });
});
