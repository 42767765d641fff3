// maxHeadersCount: headers past the count are dropped from headers and rawHeaders.
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  console.log(req.headers, req.rawHeaders);
  res.end();
});
server.maxHeadersCount = 2;
server.listen(0, '127.0.0.1', () => {
  const socket = net.connect(server.address().port, '127.0.0.1');
  socket.on('data', () => {});
  socket.on('end', () => server.close());
  socket.write('GET / HTTP/1.1\r\nHost: x\r\nA: 1\r\nB: 2\r\nConnection: close\r\n\r\n');
});
