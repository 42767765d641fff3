// node's hello-world server for `make bench-http`: `http.createServer` answering every request
// with the benchmark's 11-byte "hello world". `node hello.js <port>` listens on 127.0.0.1.
'use strict';
const http = require('http');

const port = Number(process.argv[2]);
if (process.argv.length !== 3 || !Number.isInteger(port)) {
  console.error('usage: node hello.js <port>');
  process.exit(2);
}

http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': '11' });
  res.end('hello world');
}).listen(port, '127.0.0.1');
