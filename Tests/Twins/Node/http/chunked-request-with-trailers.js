// A chunked request body arrives chunk by chunk; its trailers are there once it is complete.
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk.toString()));
  req.on('end', () => {
    console.log('chunks', chunks.join('|'));
    console.log('trailers', req.trailers, req.rawTrailers);
    res.end('ok');
  });
});
server.listen(0, '127.0.0.1', () => {
  const socket = net.connect(server.address().port, '127.0.0.1');
  let answer = '';
  socket.on('data', (chunk) => { answer += chunk; });
  socket.on('end', () => {
    console.log(answer.split('\r\n').filter((line) => !line.startsWith('Date: ')));
    server.close();
  });
  socket.write('POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n' +
    '5\r\nhello\r\n7;ext=1\r\n, world\r\n0\r\nX-Checksum: abc\r\nx-checksum: def\r\n\r\n');
});
