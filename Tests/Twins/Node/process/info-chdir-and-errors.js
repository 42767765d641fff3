// process.chdir changes what process.cwd() returns; a missing directory throws ENOENT naming
// the working directory as path and the requested one as dest.
const fs = require('fs');
const os = require('os');
const path = require('path');
const original = process.cwd();
const dir = fs.mkdtempSync(os.tmpdir() + '/nodeloop-');
process.chdir(dir);
console.log('cwd is the directory:', process.cwd() === fs.realpathSync(dir));
process.chdir(original);
console.log('cwd restored:', process.cwd() === original);
const missing = path.join(dir, 'missing');
try {
  process.chdir(missing);
} catch (error) {
  console.log(error.code, error.errno, error.syscall);
  console.log(error.path === original, error.dest === missing);
  console.log(error.message.replace(original, '<cwd>').replace(missing, '<missing>'));
}
fs.rmdirSync(dir);
