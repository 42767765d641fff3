// The head a client request sends: the headers set, Host last, then Connection and framing.
const http = require('http');
const server = http.createServer((req, res) => {
  const raw = req.rawHeaders.map((value, index) => (req.rawHeaders[index - 1] === 'Host' ? 'HOST' : value));
  console.log(req.method, req.url, raw);
  req.resume();
  req.on('end', () => res.end());
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const first = http.request({
    host: '127.0.0.1', port, method: 'DELETE', path: '/item/7',
    headers: { 'X-Trace': 'abc', Accept: 'text/plain' },
  }, (res) => {
    res.resume();
    res.on('end', () => {
      const second = http.request({
        host: '127.0.0.1', port, method: 'POST', path: '/form', setHost: false, agent: false,
        headers: { Host: 'example.org' },
      }, (res) => {
        res.resume();
        res.on('end', () => server.close());
      });
      second.setHeader('Content-Type', 'text/plain');
      second.end('x=1');
    });
  });
  console.log('header names', first.getHeaderNames());
  first.end();
});
