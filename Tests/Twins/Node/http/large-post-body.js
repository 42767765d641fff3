// A 100 KB POST arrives whole, in several data events; the server echoes its length and a sum.
const http = require('http');
const net = require('net');
const size = 100 * 1024;
const server = http.createServer((req, res) => {
  let received = 0;
  let sum = 0;
  req.on('data', (chunk) => {
    received += chunk.length;
    for (const byte of chunk) sum = (sum + byte) % 65536;
  });
  req.on('end', () => res.end('received ' + received + ' sum ' + sum));
});
server.listen(0, '127.0.0.1', () => {
  const socket = net.connect(server.address().port, '127.0.0.1');
  let answer = '';
  socket.on('data', (chunk) => { answer += chunk; });
  socket.on('end', () => {
    console.log(answer.split('\r\n').filter((line) => !line.startsWith('Date: ')));
    server.close();
  });
  const body = Buffer.alloc(size);
  for (let i = 0; i < size; i++) body[i] = i % 251;
  socket.write('POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: ' + size + '\r\nConnection: close\r\n\r\n');
  socket.write(body);
});
