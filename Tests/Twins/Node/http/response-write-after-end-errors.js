// Writing to a response after end() fails with ERR_STREAM_WRITE_AFTER_END on the response.
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  res.on('error', (err) => console.log('res error', err.code, err.message));
  res.end('done');
  const ok = res.write('more', (err) => console.log('write callback', err && err.code));
  console.log('write returned', ok);
});
server.listen(0, '127.0.0.1', () => {
  const socket = net.connect(server.address().port, '127.0.0.1');
  let answer = '';
  socket.on('data', (chunk) => { answer += chunk; });
  socket.on('end', () => {
    console.log(answer.split('\r\n').filter((line) => !line.startsWith('Date: ')));
    server.close();
  });
  socket.write('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
});
