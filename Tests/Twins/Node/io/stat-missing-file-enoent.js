// fs.stat of a missing path calls back with an ENOENT error carrying code, a negative errno,
// syscall, path and Node's message, and no stats.
const fs = require('fs');
fs.stat('./no-such-file', (error, stats) => {
  console.log('code', error.code);
  console.log('errno', error.errno);
  console.log('syscall', error.syscall);
  console.log('path', error.path);
  console.log('message', error.message);
  console.log('stats', stats);
});
