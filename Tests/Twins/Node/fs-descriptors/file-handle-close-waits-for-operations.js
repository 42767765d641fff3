// A FileHandle's close() waits for the operations already started on it: a readFile or a stat
// begun before close still succeeds, and close settles after it.
const fs = require('fs');
(async () => {
  const file = await fs.promises.open('Package.swift', 'r');
  const reading = file.readFile('utf8').then((text) => console.log('readFile', text.length > 0), (error) => console.log('readFile error', error.code));
  const closing = file.close().then(() => console.log('closed'));
  await Promise.all([reading, closing]);
  const second = await fs.promises.open('Package.swift', 'r');
  const stat = second.stat().then((stats) => console.log('stat', stats.isFile()), (error) => console.log('stat error', error.code));
  await second.close();
  console.log('second closed');
  await stat;
})();
