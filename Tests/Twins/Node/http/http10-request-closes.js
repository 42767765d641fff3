// An HTTP/1.0 request: no keep-alive unless asked, and a body without a length is not chunked
// but ends with the connection.
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  console.log('request', req.httpVersion, req.httpVersionMajor, req.httpVersionMinor);
  res.write('part one, ');
  res.end('part two');
});
server.listen(0, '127.0.0.1', () => {
  const socket = net.connect(server.address().port, '127.0.0.1');
  let answer = '';
  socket.on('data', (chunk) => { answer += chunk; });
  socket.on('end', () => {
    console.log(answer.split('\r\n').filter((line) => !line.startsWith('Date: ')));
    server.close();
  });
  socket.write('GET / HTTP/1.0\r\n\r\n');
});
