// Expect: 100-continue: without a checkContinue listener the server sends 100 Continue itself;
// with one, the program decides.
const http = require('http');
const net = require('net');
function exchange(server, text, done) {
  const socket = net.connect(server.address().port, '127.0.0.1');
  let answer = '';
  socket.on('data', (chunk) => {
    answer += chunk;
    if (answer.startsWith('HTTP/1.1 100 Continue\r\n\r\n') && !socket.sentBody) {
      socket.sentBody = true;
      socket.write('hello');
    }
  });
  socket.on('end', () => {
    console.log(answer.split('\r\n').filter((line) => !line.startsWith('Date: ')));
    done();
  });
  socket.write(text);
}
const request = 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n';
const plain = http.createServer((req, res) => {
  console.log('request on the plain server');
  req.on('data', (chunk) => console.log('body', chunk.toString()));
  req.on('end', () => res.end('thanks'));
});
plain.listen(0, '127.0.0.1', () => {
  exchange(plain, request, () => {
    plain.close();
    const checking = http.createServer(() => console.log('no request event'));
    checking.on('checkContinue', (req, res) => {
      console.log('checkContinue', req.headers.expect);
      res.writeHead(403);
      res.end('not you');
    });
    checking.listen(0, '127.0.0.1', () => exchange(checking, request, () => checking.close()));
  });
});
