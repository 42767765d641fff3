// Repeated request headers fold as Node folds them: some join with commas, Cookie with
// semicolons, Set-Cookie stays a list, and Host or Content-Type keep their first value.
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  console.log(req.headers);
  console.log('host', req.headers.host, 'accept', req.headers.accept);
  res.end();
});
server.listen(0, '127.0.0.1', () => {
  const socket = net.connect(server.address().port, '127.0.0.1');
  socket.on('data', () => {});
  socket.on('end', () => server.close());
  socket.write('GET / HTTP/1.1\r\nHost: first\r\nHost: second\r\nAccept: a\r\nACCEPT: b\r\n' +
    'Cookie: c=1\r\nCookie: d=2\r\nSet-Cookie: s=1\r\nset-cookie: s=2\r\nContent-Type: t1\r\n' +
    'Content-Type: t2\r\nX-Custom: one\r\nx-custom: two\r\nConnection: close\r\n\r\n');
});
