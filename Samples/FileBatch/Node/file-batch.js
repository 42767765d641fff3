// A batch of small files read, transformed and written, first one after another and then all at
// once with Promise.all: the JS twin of Samples/FileBatch/main.swift (same counts, the
// machine's own timings).
const fs = require('fs');
const os = require('os');
const path = require('path');
const { performance } = require('perf_hooks');

const fileCount = 20;

function inputText(index) {
  let text = '';
  for (let line = 1; line <= 40; line++) {
    text += `file ${index}, line ${line}: the quick brown fox jumps over the lazy dog, café déjà vu\n`;
  }
  return text;
}

function name(prefix, index) {
  return `${prefix}-${index < 10 ? '0' : ''}${index}.txt`;
}

function milliseconds(since) {
  return (performance.now() - since).toFixed(1);
}

async function transform(dir, index, prefix) {
  const text = await fs.promises.readFile(path.join(dir, name('input', index)), 'utf8');
  const upper = text.toUpperCase();
  await fs.promises.writeFile(path.join(dir, name(prefix, index)), upper);
  return Buffer.byteLength(upper);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeloop-batch-'));
for (let index = 1; index <= fileCount; index++) {
  fs.writeFileSync(path.join(dir, name('input', index)), inputText(index));
}
console.log(`${fileCount} input files of ${Buffer.byteLength(inputText(1))} bytes or so`);

(async () => {
  let start = performance.now();
  let total = 0;
  for (let index = 1; index <= fileCount; index++) {
    total += await transform(dir, index, 'sequential');
  }
  console.log(`sequential: ${fileCount} files, ${total} bytes written in ${milliseconds(start)} ms`);

  start = performance.now();
  const indices = Array.from({ length: fileCount }, (_, i) => i + 1);
  const sizes = await Promise.all(indices.map((index) => transform(dir, index, 'parallel')));
  console.log(`parallel:   ${sizes.length} files, ${sizes.reduce((a, b) => a + b, 0)} bytes written in ${milliseconds(start)} ms`);

  let matching = 0;
  for (let index = 1; index <= fileCount; index++) {
    const expected = inputText(index).toUpperCase();
    for (const prefix of ['sequential', 'parallel']) {
      if (fs.readFileSync(path.join(dir, name(prefix, index)), 'utf8') === expected) matching += 1;
    }
  }
  console.log(`check: ${matching} of ${2 * fileCount} outputs are the upper-cased inputs`);
  fs.rmSync(dir, { recursive: true });
})();
