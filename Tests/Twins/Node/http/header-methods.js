// setHeader, getHeader, getHeaders, hasHeader, removeHeader, appendHeader and what they refuse.
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  res.setHeader('Content-Type', 'text/plain');
  res.setHeader('X-Count', 3);
  res.setHeader('Set-Cookie', ['a=1', 'b=2']);
  res.setHeader('x-count', 4);
  res.appendHeader('X-List', 'one');
  res.appendHeader('X-List', 'two');
  console.log('getHeader', res.getHeader('content-type'), res.getHeader('X-COUNT'), res.getHeader('missing'));
  console.log('getHeaders', res.getHeaders());
  console.log('names', res.getHeaderNames(), res.getRawHeaderNames());
  console.log('hasHeader', res.hasHeader('set-cookie'), res.hasHeader('nope'));
  res.removeHeader('X-Count');
  try { res.setHeader('Bad Name', 'x'); } catch (err) { console.log(err.code, err.message); }
  try { res.setHeader('X-Bad', 'a\nb'); } catch (err) { console.log(err.code, err.message); }
  try { res.writeHead(1000); } catch (err) { console.log(err.code, err.message); }
  res.end('ok');
  try { res.setHeader('X-Late', '1'); } catch (err) { console.log(err.code, err.message); }
  try { res.writeHead(200); } catch (err) { console.log(err.code, err.message); }
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
