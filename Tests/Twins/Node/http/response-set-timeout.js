// res.setTimeout: a response that waits too long hears 'timeout' and answers; with a listener
// the connection is not destroyed.
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  res.setTimeout(50, () => {
    console.log('response timeout, headersSent', res.headersSent);
    res.writeHead(503);
    res.end('took too long');
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
  socket.write('GET /slow HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
});
