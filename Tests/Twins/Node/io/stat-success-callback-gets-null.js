// A successful fs.stat passes no error (null in Node, nil in Swift) and the file's Stats.
const fs = require('fs');
fs.stat('.', (error, stats) => {
  console.log('no error:', error === null);
  console.log('is directory', stats.isDirectory());
});
