// A GET sent over a raw socket: the server sees the method, URL, version and headers, and its
// answer (without the Date line, which changes every second) is the exact bytes Node sends.
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  console.log('request', req.method, req.url, 'HTTP/' + req.httpVersion);
  console.log('headers', req.headers);
  console.log('rawHeaders', req.rawHeaders);
  res.end('hello world');
});
server.listen(0, '127.0.0.1', () => {
  const socket = net.connect(server.address().port, '127.0.0.1');
  let answer = '';
  socket.on('data', (chunk) => { answer += chunk; });
  socket.on('end', () => {
    console.log(answer.split('\r\n').filter((line) => !line.startsWith('Date: ')));
    server.close(() => console.log('server closed'));
  });
  socket.write('GET /path?x=1 HTTP/1.1\r\nHost: example.test\r\nUser-Agent: twin\r\nConnection: close\r\n\r\n');
});
