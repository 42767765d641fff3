// headersDistinct keeps every value of every header as a list; trailersDistinct is empty
// without trailers.
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    console.log(req.headersDistinct);
    console.log(req.headersDistinct.host, req.trailersDistinct);
    res.end();
  });
});
server.listen(0, '127.0.0.1', () => {
  const socket = net.connect(server.address().port, '127.0.0.1');
  socket.on('data', () => {});
  socket.on('end', () => server.close());
  socket.write('GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\nAccept: x\r\nAccept: y\r\nConnection: close\r\n\r\n');
});
