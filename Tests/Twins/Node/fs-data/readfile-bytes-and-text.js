// fs.readFile gives a file's bytes as a Buffer without an encoding, and its text decoded in the
// encoding given (utf8, hex, base64); readFileSync does the same (latin1 shows the UTF-8 bytes).
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeloop-'));
const file = path.join(dir, 'hello.txt');
fs.writeFileSync(file, 'héllo wörld');
fs.readFile(file, (error, bytes) => {
  console.log('bytes', bytes);
  console.log('length', bytes.length);
  fs.readFile(file, 'utf8', (error, text) => {
    console.log('utf8', text);
    fs.readFile(file, 'hex', (error, text) => {
      console.log('hex', text);
      fs.readFile(file, 'base64', (error, text) => {
        console.log('base64', text);
        console.log('latin1', fs.readFileSync(file, 'latin1'));
        fs.rmSync(dir, { recursive: true });
      });
    });
  });
});
