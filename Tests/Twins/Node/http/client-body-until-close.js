// A response with neither Content-Length nor chunked runs until the server closes.
const http = require('http');
const net = require('net');
const server = net.createServer((socket) => {
  socket.once('data', () => {
    socket.write('HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\npart one, ');
    setTimeout(() => socket.end('part two'), 10);
  });
});
server.listen(0, '127.0.0.1', () => {
  const req = http.get({ host: '127.0.0.1', port: server.address().port }, (res) => {
    let body = '';
    res.on('data', (chunk) => { body += chunk; });
    res.on('end', () => console.log('body', body, 'complete', res.complete));
    res.on('close', () => console.log('response close'));
  });
  req.on('close', () => { console.log('request close'); server.close(); });
});
