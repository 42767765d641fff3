// fs.read and filehandle.read given no buffer read into Node's default one of 16384 bytes: a
// longer length is ERR_OUT_OF_RANGE, thrown at the call (a rejection for the FileHandle), and
// nothing is allocated or read.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeloop-'));
const file = path.join(dir, 'data.txt');
fs.writeFileSync(file, 'hello world');
const fd = fs.openSync(file, 'r');
try { fs.read(fd, { length: 0x7fffffff }, () => console.log('never')); } catch (error) { console.log('read', error.name, error.code, error.message); }
try { fs.read(fd, { length: 16385 }, () => console.log('never')); } catch (error) { console.log('read', error.code, error.message); }
try { fs.read(fd, { length: -1 }, () => console.log('never')); } catch (error) { console.log('read', error.code, error.message); }
fs.read(fd, { length: 16384, position: 0 }, (error, bytesRead) => {
  console.log('read 16384', error === null, bytesRead);
  fs.closeSync(fd);
  (async () => {
    const handle = await fs.promises.open(file);
    try { await handle.read({ length: 0x7fffffff }); } catch (error) { console.log('filehandle.read', error.code, error.message); }
    try { await handle.read({ length: 2 ** 32 + 2 }); } catch (error) { console.log('filehandle.read', error.code, error.message); }
    console.log('filehandle.read 16384', (await handle.read({ length: 16384, position: 6 })).bytesRead);
    await handle.close();
    fs.rmSync(dir, { recursive: true });
  })();
});
