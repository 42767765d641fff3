// Three requests in one write: the server reads them all at once, but the answers go out in
// request order even when the first is answered last.
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  console.log('request', req.url);
  res.on('finish', () => console.log('finish', req.url));
  const delay = req.url === '/slow' ? 30 : 0;
  setTimeout(() => res.end('body of ' + req.url), delay);
});
server.listen(0, '127.0.0.1', () => {
  const socket = net.connect(server.address().port, '127.0.0.1');
  let answer = '';
  socket.on('data', (chunk) => { answer += chunk; });
  socket.on('end', () => {
    console.log(answer.split('\r\n').filter((line) => !line.startsWith('Date: ')));
    server.close();
  });
  socket.write(
    'GET /slow HTTP/1.1\r\nHost: x\r\n\r\n' +
    'GET /fast HTTP/1.1\r\nHost: x\r\n\r\n' +
    'GET /last HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
});
