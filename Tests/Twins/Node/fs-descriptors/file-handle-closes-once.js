// A FileHandle closes once: its fd becomes -1, closing again fulfils, and any other use rejects
// with EBADF "file closed".
const fs = require('fs');
fs.promises.open('Package.swift', 'r').then(async (file) => {
  console.log('open fd is a number', typeof file.fd, file.fd > 2);
  const stats = await file.stat();
  console.log('stat isFile', stats.isFile());
  await file.close();
  console.log('fd after close', file.fd);
  await file.close();
  console.log('second close fulfilled');
  try { await file.stat(); } catch (error) { console.log('stat after close', error.code, error.syscall, error.message); }
  try { await file.truncate(0); } catch (error) { console.log('truncate after close', error.code, error.syscall, error.message); }
  try { await file.sync(); } catch (error) { console.log('sync after close', error.code, error.syscall, error.message); }
});
