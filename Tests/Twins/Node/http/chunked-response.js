// Writing before end() sends the body in chunks: each write is a chunk, end() the zero chunk.
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  res.setHeader('Content-Type', 'text/plain');
  res.write('first ');
  console.log('headersSent after write', res.headersSent);
  res.write('second ');
  res.end('last');
});
server.listen(0, '127.0.0.1', () => {
  const socket = net.connect(server.address().port, '127.0.0.1');
  let answer = '';
  socket.on('data', (chunk) => { answer += chunk; });
  socket.on('end', () => {
    console.log(answer.split('\r\n').filter((line) => !line.startsWith('Date: ')));
    server.close();
  });
  socket.write('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
});
