// Bad arguments throw at the call with Node's codes and messages: a NUL byte names the argument
// (readlink calls its path oldPath), copyFile and access take modes 0 to 7, and chmod, chown
// and utimes check modes, ids and times.
const fs = require('fs');
const show = (label, call) => {
  try {
    call();
    console.log(label, 'passed');
  } catch (error) {
    console.log(label, error.name, error.code);
    console.log(' ', error.message);
  }
};
show('unlink', () => fs.unlinkSync('a\0'));
show('rename old', () => fs.renameSync('a\0', 'b'));
show('rename new', () => fs.renameSync('a', 'b\0'));
show('copyFile src', () => fs.copyFileSync('a\0', 'b'));
show('copyFile dest', () => fs.copyFileSync('a', 'b\0'));
show('copyFile mode', () => fs.copyFileSync('a', 'b', 8));
show('access mode', () => fs.accessSync('a', -1));
show('symlink target', () => fs.symlinkSync('a\0', 'b'));
show('symlink path', () => fs.symlinkSync('a', 'b\0'));
show('symlink type', () => fs.symlinkSync('a', 'b', 'folder'));
show('readlink', () => fs.readlinkSync('a\0'));
show('link existing', () => fs.linkSync('a\0', 'b'));
show('link new', () => fs.linkSync('a', 'b\0'));
show('realpath', () => fs.realpathSync('a\0'));
show('chmod string', () => fs.chmodSync('a', '9'));
show('chmod range', () => fs.chmodSync('a', -1));
show('fchmod fd', () => fs.fchmodSync(-1, 0o644));
show('chown uid', () => fs.chownSync('a', -2, 0));
show('lchown gid', () => fs.lchownSync('a', 0, 4294967296));
show('utimes', () => fs.utimesSync('a', NaN, 0));
show('futimes', () => fs.futimesSync(0, 0, Infinity));
