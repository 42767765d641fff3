// A client that ends its side right after its request is not answered: Node aborts the request
// (aborted, then the response and the request close) and ends the connection.
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  console.log('request', req.url);
  req.on('aborted', () => console.log('req aborted', req.aborted));
  req.on('close', () => console.log('req close'));
  res.on('close', () => console.log('res close, writableEnded', res.writableEnded));
  setTimeout(() => res.end('too late'), 20);
});
server.listen(0, '127.0.0.1', () => {
  const socket = net.connect(server.address().port, '127.0.0.1');
  let answer = '';
  socket.on('data', (chunk) => { answer += chunk; });
  socket.on('close', () => {
    console.log('client got', JSON.stringify(answer));
    server.close();
  });
  socket.end('GET /a HTTP/1.1\r\nHost: x\r\n\r\n');
});
