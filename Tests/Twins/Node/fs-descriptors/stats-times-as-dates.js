// Stats carries each time in milliseconds (atimeMs, mtimeMs) and as a Date rounded to the
// millisecond, printed in ISO 8601 by console.log, alone or inside an array.
const fs = require('fs'); const os = require('os'); const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeloop-'));
const file = path.join(dir, 'dated.txt');
fs.writeFileSync(file, 'x');
for (const [atime, mtime] of [[0.0005, 951782400], [1700000000.123456, 4102444800.999], [86399.9994, 1234567890.0015]]) {
  fs.utimesSync(file, atime, mtime);
  const stats = fs.statSync(file);
  console.log(stats.atimeMs, stats.mtimeMs);
  console.log(stats.atime);
  console.log([stats.atime, stats.mtime]);
}
fs.rmSync(dir, { recursive: true });
