// A POST body with Content-Length arrives as data events, then end; complete turns true.
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  let body = '';
  console.log('complete before body', req.complete);
  req.on('data', (chunk) => { body += chunk; });
  req.on('end', () => {
    console.log('body', '[' + body + ']', 'complete', req.complete);
    res.writeHead(201, { 'Content-Type': 'text/plain' });
    res.end('got ' + body.length + ' bytes');
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
  socket.write('POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\nConnection: close\r\n\r\nhello');
  setTimeout(() => socket.write(' world'), 20);
});
