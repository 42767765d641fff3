// mkdtemp creates a directory named by the prefix and six more characters, and gives its path, in all three forms.
const fs = require('fs');
const os = require('os');
const path = require('path');
const prefix = path.join(os.tmpdir(), 'nodeloop-');
const made = fs.mkdtempSync(prefix);
console.log('sync', made.startsWith(prefix), made.length - prefix.length, fs.statSync(made).isDirectory());
fs.mkdtemp(prefix, (error, second) => {
  console.log('callback', second.startsWith(prefix), second.length - prefix.length, second !== made);
  fs.promises.mkdtemp(prefix).then((third) => {
    console.log('promise', third.startsWith(prefix), third.length - prefix.length, third !== second);
    for (const directory of [made, second, third]) fs.rmdirSync(directory);
  });
});
