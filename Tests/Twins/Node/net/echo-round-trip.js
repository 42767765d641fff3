// An echo server pipes each socket into itself: the client gets back every byte it wrote, in
// order, then 'end', and both sides close.
const net = require('net');
const server = net.createServer((socket) => socket.pipe(socket));
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  let received = '';
  client.on('data', (chunk) => { received += chunk.toString(); });
  client.on('end', () => console.log('client: end, received', '[' + received + ']'));
  client.on('close', () => {
    console.log('client: close');
    server.close();
  });
  client.write('hello ');
  client.write('world');
  client.end('!');
});
server.on('close', () => console.log('server: close'));
