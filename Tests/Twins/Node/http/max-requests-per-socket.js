// maxRequestsPerSocket: the last allowed answer says Connection: close; a request past it gets
// 503 and dropRequest. Node leaves the connection open after them.
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => res.end('answer to ' + req.url));
server.maxRequestsPerSocket = 2;
server.on('dropRequest', (req) => console.log('dropRequest', req.url));
server.listen(0, '127.0.0.1', () => {
  const socket = net.connect(server.address().port, '127.0.0.1');
  let answer = '';
  socket.on('data', (chunk) => {
    answer += chunk;
    if (!answer.endsWith('0\r\n\r\n')) return;
    console.log(answer.split('\r\n').filter((line) => !line.startsWith('Date: ')));
    socket.end();
    server.close(() => console.log('server close'));
  });
  socket.write('GET /1 HTTP/1.1\r\nHost: x\r\n\r\nGET /2 HTTP/1.1\r\nHost: x\r\n\r\nGET /3 HTTP/1.1\r\nHost: x\r\n\r\n');
});
