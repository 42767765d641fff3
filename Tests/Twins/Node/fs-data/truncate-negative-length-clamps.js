// A negative length truncates to 0 in every form (truncate, ftruncate, fs.promises.truncate and
// filehandle.truncate); only a length beyond the safe integers is an error.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeloop-'));
const file = path.join(dir, 'data.txt');
fs.writeFileSync(file, 'hello world');
fs.truncateSync(file, -1);
console.log('truncateSync', fs.statSync(file).size);
fs.writeFileSync(file, 'hello world');
const fd = fs.openSync(file, 'r+');
fs.ftruncateSync(fd, -5);
console.log('ftruncateSync', fs.fstatSync(fd).size);
try { fs.ftruncateSync(fd, 2 ** 53); } catch (error) { console.log(error.name, error.code, error.message); }
fs.closeSync(fd);
fs.writeFileSync(file, 'hello world');
fs.truncate(file, -1, (error) => {
  console.log('truncate', error === null, fs.statSync(file).size);
  fs.writeFileSync(file, 'hello world');
  fs.promises.truncate(file, -1).then(() => (async () => {
    console.log('promises.truncate', fs.statSync(file).size);
    fs.writeFileSync(file, 'hello world');
    const handle = await fs.promises.open(file, 'r+');
    await handle.truncate(-3);
    console.log('filehandle.truncate', (await handle.stat()).size);
    await handle.close();
    fs.rmSync(dir, { recursive: true });
  })());
});
