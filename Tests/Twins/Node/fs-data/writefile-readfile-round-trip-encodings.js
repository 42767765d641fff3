// fs.promises.writeFile of text in an encoding, then readFile in the same encoding, gives the
// text back, for every encoding Node has; the bytes on disk are the text's bytes in it.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeloop-'));
const file = path.join(dir, 'text.txt');
(async () => {
  for (const [encoding, text] of [
    ['utf8', 'déjà vu 😀'],
    ['hex', '00ff10ab'],
    ['base64', 'aMOpbGxv'],
    ['base64url', 'aMOpbGxv_-8'],
    ['latin1', 'café'],
    ['utf16le', 'hé 😀'],
    ['ascii', 'plain'],
  ]) {
    await fs.promises.writeFile(file, text, encoding);
    const back = await fs.promises.readFile(file, encoding);
    const bytes = await fs.promises.readFile(file);
    console.log(encoding, back === text, bytes.length, bytes);
  }
  fs.rmSync(dir, { recursive: true });
})();
