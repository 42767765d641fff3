// close() on a server closes its idle keep-alive connections at once, so 'close' comes without
// waiting for keepAliveTimeout.
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => res.end('ok'));
server.listen(0, '127.0.0.1', () => {
  const socket = net.connect(server.address().port, '127.0.0.1');
  socket.on('data', () => {
    console.log('answered; closing the server');
    server.close(() => console.log('server close'));
  });
  socket.on('end', () => console.log('client end'));
  socket.on('close', () => console.log('client close'));
  socket.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
});
