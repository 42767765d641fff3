// A POST whose body is given to end() goes with Content-Length; one written in pieces goes
// chunked; a GET that writes nothing has neither.
const http = require('http');
const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (chunk) => { body += chunk; });
  req.on('end', () => {
    console.log(req.method, req.url, 'length', req.headers['content-length'], 'te', req.headers['transfer-encoding'], 'body', body);
    res.end(`got ${body.length} bytes`);
  });
});
function send(port, method, pieces, done) {
  const req = http.request({ host: '127.0.0.1', port, method, path: `/${method.toLowerCase()}` }, (res) => {
    let text = '';
    res.on('data', (chunk) => { text += chunk; });
    res.on('end', () => { console.log('answer', res.statusCode, text); done(); });
  });
  if (pieces.length > 1) {
    for (const piece of pieces) req.write(piece);
    req.end();
  } else {
    req.end(...pieces);
  }
}
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  send(port, 'POST', ['name=swift'], () => {
    send(port, 'PUT', ['one,', 'two,', 'three'], () => {
      send(port, 'GET', [], () => server.close());
    });
  });
});
