// An HTTP/1.1 request without Host is answered 400 without a request event; HTTP/1.0 needs none.
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  console.log('request', req.url, 'HTTP/' + req.httpVersion);
  res.end('ok');
});
server.listen(0, '127.0.0.1', () => {
  const requests = ['GET /eleven HTTP/1.1\r\n\r\n', 'GET /ten HTTP/1.0\r\n\r\n'];
  const next = () => {
    const request = requests.shift();
    if (!request) return server.close();
    const socket = net.connect(server.address().port, '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk) => { answer += chunk; });
    socket.on('end', () => {
      console.log(answer.split('\r\n').filter((line) => !line.startsWith('Date: ')));
      next();
    });
    socket.write(request);
  };
  next();
});
