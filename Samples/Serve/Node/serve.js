// A static file server: each file is streamed with fs.createReadStream(path).pipe(res).
//
//   node Samples/Serve/Node/serve.js          serves Samples/Serve/public on 127.0.0.1:8080
//   node Samples/Serve/Node/serve.js --demo   serves on a free port, asks for a few paths, ends
const http = require('http');
const net = require('net');
const fs = require('fs');

const root = 'Samples/Serve/public';
const types = { '.html': 'text/html; charset=utf-8', '.txt': 'text/plain; charset=utf-8', '.css': 'text/css' };

function contentType(file) {
  const dot = file.lastIndexOf('.');
  return types[dot < 0 ? '' : file.slice(dot)] || 'application/octet-stream';
}

function answer(res, status, text) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text + '\n');
}

const server = http.createServer((req, res) => {
  const path = req.url.split('?')[0];
  res.on('finish', () => console.log(req.method, req.url, res.statusCode));
  if (req.method !== 'GET' && req.method !== 'HEAD') return answer(res, 405, 'only GET and HEAD');
  if (path.split('/').includes('..')) return answer(res, 403, 'no way out of the root');
  const file = root + (path.endsWith('/') ? path + 'index.html' : path);
  fs.stat(file, (err, stats) => {
    if (err || !stats.isFile()) return answer(res, 404, 'no such file: ' + path);
    res.writeHead(200, { 'Content-Type': contentType(file), 'Content-Length': stats.size });
    const stream = fs.createReadStream(file);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  });
});

function get(port, path, done) {
  const socket = net.connect(port, '127.0.0.1');
  let reply = '';
  socket.on('data', (chunk) => { reply += chunk; });
  socket.on('end', () => {
    const headEnd = reply.indexOf('\r\n\r\n');
    const lines = reply.slice(0, headEnd).split('\r\n');
    const body = reply.slice(headEnd + 4);
    const type = lines.find((line) => line.startsWith('Content-Type: ')) || 'no type';
    console.log('  ' + lines[0] + ', ' + type + ', ' + body.length + ' bytes');
    done();
  });
  socket.write('GET ' + path + ' HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n');
}

if (process.argv.includes('--demo')) {
  server.listen(0, '127.0.0.1', () => {
    const paths = ['/', '/hello.txt', '/style.css', '/missing.txt', '/../Package.swift'];
    const next = () => {
      const path = paths.shift();
      if (!path) return server.close();
      get(server.address().port, path, next);
    };
    next();
  });
} else {
  server.listen(8080, '127.0.0.1', () => console.log('serving ' + root + ' on http://127.0.0.1:8080/ (Ctrl-C stops)'));
}
