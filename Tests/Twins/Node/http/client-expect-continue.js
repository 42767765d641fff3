// A request with Expect: 100-continue waits for the server's 100 Continue ('continue'), then
// sends its body.
const http = require('http');
const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (chunk) => { body += chunk; });
  req.on('end', () => res.end(`got ${body}`));
});
server.listen(0, '127.0.0.1', () => {
  const req = http.request({
    host: '127.0.0.1', port: server.address().port, method: 'POST',
    headers: { Expect: '100-continue', 'Content-Length': 5 },
  }, (res) => {
    let text = '';
    res.on('data', (chunk) => { text += chunk; });
    res.on('end', () => { console.log('response', res.statusCode, text); server.close(); });
  });
  req.on('information', (info) => console.log('information', info.statusCode, info.statusMessage));
  req.on('continue', () => {
    console.log('continue');
    req.end('hello');
  });
  req.flushHeaders();
});
