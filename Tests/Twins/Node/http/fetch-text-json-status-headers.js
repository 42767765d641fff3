// fetch on http://: status, ok, statusText, headers, and the body as text, JSON or bytes.
const http = require('http');
const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (chunk) => { body += chunk; });
  req.on('end', () => {
    if (req.url === '/json') {
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({ name: 'NodeLoop', tags: ['swift', 'libuv'], count: 3, nested: { ok: true, none: null } }));
    } else if (req.url === '/echo') {
      res.setHeader('X-Method', req.method);
      res.end(`${req.method} ${req.headers['content-type']} ${body}`);
    } else if (req.url === '/missing') {
      res.statusCode = 404;
      res.end('no such thing');
    } else {
      res.setHeader('Content-Type', 'text/plain');
      res.end('plain text');
    }
  });
});
server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const text = await fetch(`${base}/text`);
  console.log(text.status, text.ok, text.statusText, text.headers.get('content-type'), text.headers.has('X-Nope'));
  console.log(await text.text());
  const json = await (await fetch(`${base}/json`)).json();
  console.log(json.name, json.tags, json.count, json.nested.ok, json.nested.none === null);
  const missing = await fetch(`${base}/missing`);
  console.log(missing.status, missing.ok, missing.statusText, await missing.text());
  const echo = await fetch(`${base}/echo`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'sent body' });
  console.log(echo.headers.get('x-method'), await echo.text());
  const bytes = await (await fetch(`${base}/text`)).arrayBuffer();
  console.log('bytes', bytes.byteLength);
  server.close();
});
