// A FileHandle reads and writes until it is closed; then its fd is -1 and every method rejects
// with Error 'file closed', code EBADF, the method's syscall and no errno.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeloop-'));
const file = path.join(dir, 'handle.txt');
(async () => {
  const handle = await fs.promises.open(file, 'w+');
  console.log('written', (await handle.write('abc')).bytesWritten);
  console.log('read', (await handle.read({ length: 3, position: 0 })).bytesRead);
  await handle.close();
  console.log('fd', handle.fd);
  for (const [name, call] of [
    ['read', () => handle.read()],
    ['write', () => handle.write('x')],
    ['readFile', () => handle.readFile()],
    ['writeFile', () => handle.writeFile('x')],
    ['appendFile', () => handle.appendFile('x')],
  ]) {
    try {
      await call();
    } catch (error) {
      console.log(name, error.code, error.syscall, error.message, error.errno);
    }
  }
  fs.rmSync(dir, { recursive: true });
})();
