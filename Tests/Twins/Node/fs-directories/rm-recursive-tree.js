// rm with recursive removes a tree of files, nested directories and links; a link to a directory is removed, not followed.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeloop-'));
fs.mkdirSync(path.join(dir, 'tree/d/e'), { recursive: true });
fs.mkdirSync(path.join(dir, 'target'));
for (const file of ['tree/f', 'tree/d/e/g', 'target/keep']) fs.closeSync(fs.openSync(path.join(dir, file), 'w'));
fs.symlinkSync('../../target', path.join(dir, 'tree/d/link-to-dir'));
fs.symlinkSync('f', path.join(dir, 'tree/link-to-file'));
console.log('before', fs.readdirSync(path.join(dir, 'tree'), { recursive: true }));
fs.rm(path.join(dir, 'tree'), { recursive: true }, (error) => {
  console.log('removed', error === null);
  console.log('left', fs.readdirSync(dir), fs.readdirSync(path.join(dir, 'target')));
  fs.promises.rm(path.join(dir, 'target'), { recursive: true }).then(() => {
    console.log('promise removed', fs.readdirSync(dir));
    fs.rmSync(dir, { recursive: true });
  });
});
