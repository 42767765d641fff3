// A keep-alive connection left idle is closed by the server after keepAliveTimeout (plus the
// second Node adds), and the answer announced the timeout.
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => res.end('ok'));
server.keepAliveTimeout = 200;
server.listen(0, '127.0.0.1', () => {
  const socket = net.connect(server.address().port, '127.0.0.1');
  const started = performance.now();
  let answer = '';
  socket.on('data', (chunk) => { answer += chunk; });
  socket.on('end', () => {
    const waited = performance.now() - started;
    console.log(answer.split('\r\n').filter((line) => !line.startsWith('Date: ')));
    console.log('closed by the server after at least 1.2 s:', waited >= 1150);
    server.close(() => console.log('server close'));
  });
  socket.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
});
