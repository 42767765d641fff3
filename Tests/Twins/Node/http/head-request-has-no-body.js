// The answer to HEAD has the headers a GET would get, and no body.
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  console.log('request', req.method);
  res.setHeader('Content-Type', 'text/plain');
  res.end('a body that HEAD does not get');
});
server.listen(0, '127.0.0.1', () => {
  const socket = net.connect(server.address().port, '127.0.0.1');
  let answer = '';
  socket.on('data', (chunk) => { answer += chunk; });
  socket.on('end', () => {
    console.log(answer.split('\r\n').filter((line) => !line.startsWith('Date: ')));
    server.close();
  });
  socket.write('HEAD / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
});
