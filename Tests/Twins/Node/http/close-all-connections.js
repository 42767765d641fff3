// closeAllConnections destroys busy connections too; the request is aborted.
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  console.log('request; closing every connection');
  req.on('close', () => console.log('req close'));
  res.on('close', () => console.log('res close'));
  server.close(() => console.log('server close'));
  server.closeAllConnections();
});
server.listen(0, '127.0.0.1', () => {
  const socket = net.connect(server.address().port, '127.0.0.1');
  socket.on('data', () => console.log('unexpected data'));
  socket.on('close', () => console.log('client close'));
  socket.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
});
