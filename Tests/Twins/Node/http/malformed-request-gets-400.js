// A request that breaks HTTP's rules gets Node's 400 answer and the connection is destroyed;
// the server's clientError event would have had the parse error.
const http = require('http');
const net = require('net');
const server = http.createServer(() => console.log('no request event'));
server.listen(0, '127.0.0.1', () => {
  const socket = net.connect(server.address().port, '127.0.0.1');
  let answer = '';
  socket.on('data', (chunk) => { answer += chunk; });
  socket.on('close', () => {
    console.log(answer.split('\r\n'));
    server.close();
  });
  socket.write('GET / HTTP/1.1\r\nHost : x\r\n\r\n');
});
