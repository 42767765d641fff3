// One 1 MiB write reaches the other side whole, in order (a checksum over every byte), its
// callback comes before 'finish', and bytesWritten and bytesRead agree.
const net = require('net');
const size = 1024 * 1024;
const server = net.createServer((socket) => {
  let received = 0;
  let sum = 0;
  socket.on('data', (chunk) => {
    received += chunk.length;
    for (const byte of chunk) sum = (sum + byte) % 65521;
  });
  socket.on('end', () => {
    console.log('server: received', received, 'checksum', sum, 'bytesRead', socket.bytesRead);
    server.close();
  });
});
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1', () => {
    const data = Buffer.alloc(size);
    for (let i = 0; i < size; i++) data[i] = i % 251;
    client.write(data, (err) => console.log('client: write callback, error', err !== null));
    client.end();
  });
  client.on('finish', () => console.log('client: finish, bytesWritten', client.bytesWritten));
});
