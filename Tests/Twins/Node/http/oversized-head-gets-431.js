// A request head past 16 KiB gets 431 Request Header Fields Too Large.
const http = require('http');
const net = require('net');
const server = http.createServer(() => console.log('no request event'));
server.listen(0, '127.0.0.1', () => {
  const socket = net.connect(server.address().port, '127.0.0.1');
  let answer = '';
  socket.on('data', (chunk) => { answer += chunk; });
  socket.on('close', () => {
    console.log(answer.split('\r\n'));
    server.close();
  });
  socket.on('error', (err) => console.log('client error', err.code));
  socket.write('GET / HTTP/1.1\r\nHost: x\r\nX-Big: ' + 'a'.repeat(17000) + '\r\n\r\n');
});
