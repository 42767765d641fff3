// Without Connection: close, one connection carries one request after another; the answers say
// keep-alive and how long the server waits for the next request.
const http = require('http');
const net = require('net');
let requests = 0;
const server = http.createServer((req, res) => {
  requests += 1;
  console.log('request', requests, req.url, 'same socket as before:', req.socket === server.lastSocket);
  server.lastSocket = req.socket;
  res.end('answer ' + requests);
});
server.listen(0, '127.0.0.1', () => {
  const socket = net.connect(server.address().port, '127.0.0.1');
  let answer = '';
  let sent = 1;
  socket.on('data', (chunk) => {
    answer += chunk;
    if (!answer.endsWith('answer ' + sent)) return;
    console.log(answer.split('\r\n').filter((line) => !line.startsWith('Date: ')));
    answer = '';
    if (sent === 3) {
      socket.end();
      server.close(() => console.log('server closed'));
      return;
    }
    sent += 1;
    socket.write('GET /' + sent + ' HTTP/1.1\r\nHost: x\r\n\r\n');
  });
  socket.write('GET /1 HTTP/1.1\r\nHost: x\r\n\r\n');
});
