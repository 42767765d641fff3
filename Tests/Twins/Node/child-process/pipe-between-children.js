// One child's stdout piped into another's stdin: the reader gets every line, and the end of the
// writer's output ends the reader's input, so both children close.
const { spawn } = require('child_process');
const writer = spawn('printf', ['one\\ntwo\\nthree\\n']);
const reader = spawn('sh', ['-c', 'while read line; do echo "got $line"; done; echo "input ended"']);
writer.stdout.pipe(reader.stdin);
let text = '';
reader.stdout.on('data', (chunk) => { text += chunk; });
reader.stdin.on('finish', () => console.log('reader stdin finish'));
const codes = {};
const closed = (name) => (code) => {
  codes[name] = code;
  if (Object.keys(codes).length === 2) console.log('writer close', codes.writer, 'reader close', codes.reader, JSON.stringify(text));
};
writer.on('close', closed('writer'));
reader.on('close', closed('reader'));
