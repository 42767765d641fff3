// The order of a request's and its response's events on the server.
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  console.log('request');
  req.on('data', (chunk) => console.log('req data', chunk.length));
  req.on('end', () => {
    console.log('req end');
    res.end('done');
    console.log('after res.end: writableEnded', res.writableEnded, 'writableFinished', res.writableFinished);
  });
  req.on('close', () => console.log('req close'));
  res.on('finish', () => console.log('res finish'));
  res.on('close', () => console.log('res close'));
});
server.on('connection', () => console.log('connection'));
server.listen(0, '127.0.0.1', () => {
  const socket = net.connect(server.address().port, '127.0.0.1');
  socket.on('data', () => {});
  socket.on('end', () => {
    console.log('client end');
    server.close(() => console.log('server close'));
  });
  socket.write('POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabc');
});
