// statusCode and statusMessage set before the head, a custom reason in writeHead, and 204.
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  if (req.url === '/missing') {
    res.statusCode = 404;
    res.end('not here');
  } else if (req.url === '/custom') {
    res.writeHead(299, 'Fine Enough', { 'X-Why': 'because' });
    res.end();
  } else if (req.url === '/empty') {
    res.statusCode = 204;
    res.end('ignored body');
  } else {
    res.statusMessage = 'Very OK';
    res.end('ok');
  }
});
server.listen(0, '127.0.0.1', () => {
  const paths = ['/missing', '/custom', '/empty', '/plain'];
  const next = () => {
    const path = paths.shift();
    if (!path) return server.close();
    const socket = net.connect(server.address().port, '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk) => { answer += chunk; });
    socket.on('end', () => {
      console.log(path, answer.split('\r\n').filter((line) => !line.startsWith('Date: ')));
      next();
    });
    socket.write('GET ' + path + ' HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  };
  next();
});
