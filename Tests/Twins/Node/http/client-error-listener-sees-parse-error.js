// With a clientError listener, the program gets the parse error and answers itself.
const http = require('http');
const net = require('net');
const server = http.createServer(() => console.log('no request event'));
server.on('clientError', (err, socket) => {
  console.log('clientError', err.message, err.code, err.reason, err.bytesParsed);
  console.log('rawPacket', err.rawPacket.toString());
  socket.end('HTTP/1.1 400 Go Away\r\nConnection: close\r\n\r\n');
});
server.listen(0, '127.0.0.1', () => {
  const requests = [
    'BREW / HTTP/1.1\r\nHost: x\r\n\r\n',
    'GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n',
    'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n',
  ];
  const next = () => {
    const request = requests.shift();
    if (!request) return server.close();
    const socket = net.connect(server.address().port, '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk) => { answer += chunk; });
    socket.on('close', () => {
      console.log(answer.split('\r\n'));
      next();
    });
    socket.write(request);
  };
  next();
});
