// A response that breaks HTTP's rules fails the request with the parser's error.
const http = require('http');
const net = require('net');
const server = net.createServer((socket) => {
  socket.once('data', () => socket.end('HTTP/1.1 200 OK\r\nContent-Length: nope\r\n\r\n'));
});
server.listen(0, '127.0.0.1', () => {
  const req = http.get({ host: '127.0.0.1', port: server.address().port }, () => console.log('no response'));
  req.on('error', (error) => console.log('error', error.code, error.message));
  req.on('close', () => { console.log('close'); server.close(); });
});
