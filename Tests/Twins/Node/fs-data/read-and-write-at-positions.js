// fs.write and fs.read at a position leave the file's current position alone; without one they
// use and advance it; readSync fills a buffer at an offset and returns the count.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeloop-'));
const file = path.join(dir, 'data.txt');
const fd = fs.openSync(file, 'w+');
console.log('writeSync', fs.writeSync(fd, 'hello world'));
fs.write(fd, Buffer.from('HELLO'), 0, 5, 0, (error, written) => {
  console.log('write at 0', written);
  fs.read(fd, { buffer: Buffer.alloc(5), length: 5, position: 6 }, (error, bytesRead, buffer) => {
    console.log('read at 6', bytesRead, buffer.toString('utf8', 0, bytesRead));
    const dots = Buffer.alloc(8, '.');
    console.log('readSync', fs.readSync(fd, dots, 2, 5, 0), dots.toString());
    console.log('at the current position', fs.readSync(fd, Buffer.alloc(4), 0, 4, null));
    fs.writeSync(fd, '!');
    fs.closeSync(fd);
    console.log(fs.readFileSync(file, 'utf8'));
    fs.rmSync(dir, { recursive: true });
  });
});
