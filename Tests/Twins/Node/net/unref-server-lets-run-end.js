// An unref'd listening server does not keep the process running; ref() would. 'exit' comes
// with nothing pending, and the server is still listening then.
const net = require('net');
const server = net.createServer();
server.listen(0, '127.0.0.1', () => {
  console.log('listening');
  server.unref();
});
process.on('exit', () => console.log('exit, listening', server.listening));
