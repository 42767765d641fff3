// Each end knows its local and remote addresses (the client's remote port is the server's
// port, the server's remote port is the client's local port); byte counts match what moved.
const net = require('net');
const server = net.createServer((socket) => {
  socket.on('data', (chunk) => socket.end(chunk.toString().toUpperCase()));
  socket.on('close', () => {
    console.log('server: bytesRead', socket.bytesRead, 'bytesWritten', socket.bytesWritten);
    server.close();
  });
  server.getConnections(() => {
    console.log('server: local', socket.localAddress, socket.localPort === server.address().port, socket.localFamily);
  });
});
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1', () => {
    const address = client.address();
    console.log('client: address', address.address, address.family, address.port === client.localPort);
    console.log('client: chain', client.setNoDelay(true) === client, client.setKeepAlive(true, 1000) === client);
    client.write('abc');
  });
  client.on('data', (chunk) => console.log('client: data', chunk.toString()));
  client.on('close', () => console.log('client: bytesRead', client.bytesRead, 'bytesWritten', client.bytesWritten));
});
