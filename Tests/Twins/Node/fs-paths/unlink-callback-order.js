// An fs.unlink callback runs after the script's resolved-promise jobs; the promise job it queues
// runs before an immediate it queues; an unlink started in an fs callback completes after an
// immediate queued beside it (its completion is polled in the next iteration).
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeloop-'));
const first = path.join(dir, 'first');
const second = path.join(dir, 'second');
fs.closeSync(fs.openSync(first, 'w'));
fs.closeSync(fs.openSync(second, 'w'));
fs.unlink(first, (error) => {
  console.log('unlink callback', error?.code);
  setImmediate(() => console.log('immediate from callback'));
  Promise.resolve().then(() => console.log('promise from callback'));
  fs.unlink(second, () => {
    console.log('second unlink callback');
    fs.rmSync(dir, { recursive: true });
  });
});
Promise.resolve().then(() => console.log('resolved promise'));
console.log('script end');
