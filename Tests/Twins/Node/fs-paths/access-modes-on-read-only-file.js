// fs.access on a file made read-only (chmod 0o444): F_OK and R_OK pass, X_OK fails with EACCES
// (even for root), and W_OK fails with EACCES except for root, which may write anything.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeloop-'));
const file = path.join(dir, 'read-only');
fs.closeSync(fs.openSync(file, 'w'));
fs.chmodSync(file, 0o444);
const { F_OK, R_OK, W_OK, X_OK } = fs.constants;
console.log('modes', F_OK, R_OK, W_OK, X_OK);
for (const [name, mode] of [['F_OK', F_OK], ['R_OK', R_OK], ['X_OK', X_OK], ['R_OK | X_OK', R_OK | X_OK]]) {
  try {
    fs.accessSync(file, mode);
    console.log('sync', name, 'passes');
  } catch (error) {
    console.log('sync', name, error.code, error.syscall, path.basename(error.path));
  }
}
const isRoot = process.getuid() === 0;
try {
  fs.accessSync(file, W_OK);
  console.log('sync W_OK as expected for this user', isRoot);
} catch (error) {
  console.log('sync W_OK as expected for this user', !isRoot && error.code === 'EACCES');
}
fs.access(file, (error) => {
  console.log('callback default mode', error?.code);
  fs.access(file, X_OK, (error) => {
    console.log('callback X_OK', error.code, error.message.includes("access '"));
    fs.promises.access(path.join(dir, 'missing')).catch((error) => {
      console.log('promise missing', error.code, error.syscall);
      fs.rmSync(dir, { recursive: true });
    });
  });
});
