// A 404 comes as a response like any other; a response to HEAD has no body even though its
// head announces one.
const http = require('http');
const server = http.createServer((req, res) => {
  if (req.url === '/missing') {
    res.statusCode = 404;
    res.end('not here');
  } else {
    res.setHeader('Content-Type', 'text/plain');
    res.end('a body that HEAD does not get');
  }
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  http.get(`http://127.0.0.1:${port}/missing`, (res) => {
    let body = '';
    res.on('data', (chunk) => { body += chunk; });
    res.on('end', () => {
      console.log('GET /missing', res.statusCode, res.statusMessage, body);
      const req = http.request({ host: '127.0.0.1', port, method: 'HEAD', path: '/' }, (res) => {
        console.log('HEAD', res.statusCode, res.headers['content-length'], res.headers['content-type']);
        res.on('data', () => console.log('HEAD body?'));
        res.on('end', () => { console.log('HEAD end'); server.close(); });
      });
      req.end();
    });
  });
});
