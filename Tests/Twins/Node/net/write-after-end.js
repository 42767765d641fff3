// Writing to a socket after end() fails with ERR_STREAM_WRITE_AFTER_END: the write's callback
// and 'error' get it, then 'close' with hadError true.
const net = require('net');
const server = net.createServer((socket) => socket.resume());
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1', () => {
    client.end('done');
    const ok = client.write('more', (err) => console.log('write callback', err.code, err.message));
    console.log('write returned', ok);
  });
  client.on('error', (err) => console.log('error', err.code));
  client.on('close', (hadError) => { console.log('close', hadError); server.close(); });
});
