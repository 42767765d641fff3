// A chunked response is read piece by piece; its trailers are there at 'end'.
const http = require('http');
const server = http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/plain', Trailer: 'X-Checksum' });
  res.write('first ');
  setTimeout(() => {
    res.write('second');
    res.addTrailers({ 'X-Checksum': 'abc123' });
    res.end();
  }, 10);
});
server.listen(0, '127.0.0.1', () => {
  http.get({ host: '127.0.0.1', port: server.address().port }, (res) => {
    console.log('transfer-encoding', res.headers['transfer-encoding'], 'trailer', res.headers.trailer);
    const pieces = [];
    res.on('data', (chunk) => pieces.push(chunk.toString()));
    res.on('end', () => {
      console.log('pieces', pieces, 'trailers', res.trailers, res.rawTrailers);
      server.close();
    });
  });
});
