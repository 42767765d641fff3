// A request head that does not arrive within headersTimeout gets 408 Request Timeout (the
// server checks every connectionsCheckingInterval).
const http = require('http');
const net = require('net');
const server = http.createServer({ headersTimeout: 100, requestTimeout: 200, connectionsCheckingInterval: 20 },
  () => console.log('no request event'));
server.listen(0, '127.0.0.1', () => {
  const socket = net.connect(server.address().port, '127.0.0.1');
  let answer = '';
  socket.on('data', (chunk) => { answer += chunk; });
  socket.on('close', () => {
    console.log(answer.split('\r\n'));
    server.close(() => console.log('server close'));
  });
  socket.write('GET / HTTP/1.1\r\nHost: x\r\n');
});
