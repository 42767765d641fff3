// fs.realpath resolves symbolic links, '.' and '..'. Node's JavaScript realpath resolves '..'
// in the path as written before it follows links, and its errors name lstat and the absolute
// path walked so far; fs.promises.realpath is realpath(3): it applies '..' to the link's
// target, and its errors name realpath with the path as given.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeloop-'));
const root = fs.realpathSync(dir);
const relative = (resolved) => path.relative(root, resolved) || '.';
fs.mkdirSync(path.join(dir, 'real'));
fs.mkdirSync(path.join(dir, 'real', 'sub'));
fs.closeSync(fs.openSync(path.join(dir, 'real', 'file'), 'w'));
fs.symlinkSync('real', path.join(dir, 'link'));
fs.symlinkSync('link/file', path.join(dir, 'chain'));
fs.symlinkSync('real/sub', path.join(dir, 'deep'));
console.log('sync', relative(fs.realpathSync(path.join(dir, 'link', 'file'))));
console.log('sync dots', relative(fs.realpathSync(dir + '/link/./file/')));
console.log('sync chain', relative(fs.realpathSync(path.join(dir, 'chain'))));
console.log('sync deep/..', relative(fs.realpathSync(dir + '/deep/..')));
try {
  fs.realpathSync(path.join(dir, 'link', 'missing', 'deeper'));
} catch (error) {
  console.log('sync missing', error.code, error.syscall, relative(error.path));
}
fs.realpath(path.join(dir, 'link'), (error, resolved) => {
  console.log('callback', error?.code, relative(resolved));
  fs.promises.realpath(path.join(dir, 'chain')).then((resolved) => {
    console.log('promise chain', relative(resolved));
    return fs.promises.realpath(dir + '/deep/..');
  }).then((resolved) => {
    console.log('promise deep/..', relative(resolved));
    return fs.promises.realpath(path.join(dir, 'missing'));
  }).catch((error) => {
    console.log('promise missing', error.code, error.syscall, path.basename(error.path));
    fs.rmSync(dir, { recursive: true });
  });
});
