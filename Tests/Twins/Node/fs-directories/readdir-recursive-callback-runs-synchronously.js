// In Node 20, fs.readdir with recursive makes its listing synchronously and calls back before it returns, ahead of ticks and microtasks; a failure is thrown at the call.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeloop-'));
fs.mkdirSync(path.join(dir, 'sub'));
fs.closeSync(fs.openSync(path.join(dir, 'sub/file'), 'w'));
process.nextTick(() => console.log('nextTick'));
queueMicrotask(() => console.log('microtask'));
fs.readdir(dir, { recursive: true }, (error, names) => console.log('callback', names));
console.log('after the call');
try {
  fs.readdir(path.join(dir, 'missing'), { recursive: true }, () => console.log('never'));
} catch (error) {
  console.log('thrown', error.code, error.syscall);
}
fs.rmSync(dir, { recursive: true });
