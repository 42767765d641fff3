// http.get with the global agent: the request's and the response's events, in Node's order.
const http = require('http');
const server = http.createServer((req, res) => {
  console.log('server got', req.method, req.url, req.headers.connection);
  res.setHeader('Content-Type', 'text/plain');
  res.end('hello client');
});
server.listen(0, '127.0.0.1', () => {
  const req = http.get({ host: '127.0.0.1', port: server.address().port, path: '/greeting' }, (res) => {
    console.log('response', res.statusCode, res.statusMessage, res.headers['content-type'], res.headers['content-length']);
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (chunk) => { body += chunk; });
    res.on('end', () => console.log('response end', body, res.complete));
    res.on('close', () => {
      console.log('response close');
      server.close();
    });
  });
  console.log('request', req.method, req.path, req.host, req.reusedSocket);
  req.on('socket', () => console.log('socket'));
  req.on('finish', () => console.log('finish'));
  req.on('close', () => console.log('request close'));
});
