// An echo server and three clients on 127.0.0.1, the JS twin of Samples/Echo/main.swift.
//
// The server pipes every connection back into itself. Each client connects, writes a few
// lines, ends its side and collects what comes back; when the last client has closed, the
// server closes. The port is whatever the system gives (listen on 0).
const net = require('net');

const messages = {
  ada: ['hello', 'how are you?', 'bye'],
  grace: ['one', 'two'],
  linus: ['ping'],
};

const server = net.createServer((socket) => {
  console.log(`server: connection from ${socket.remoteAddress}`);
  socket.pipe(socket);
});

server.listen(0, '127.0.0.1', () => {
  const { address, family } = server.address();
  console.log(`server: listening on ${address} (${family})`);
  let open = Object.keys(messages).length;
  for (const [name, lines] of Object.entries(messages)) {
    let reply = '';
    const client = net.connect(server.address().port, '127.0.0.1', () => {
      for (const line of lines) client.write(`${name}: ${line}\n`);
      client.end();
    });
    client.on('data', (chunk) => { reply += chunk; });
    client.on('end', () => {
      const echoed = reply.split('\n').filter((line) => line !== '');
      console.log(`${name}: ${echoed.length} lines echoed, ${client.bytesRead} bytes, last "${echoed[echoed.length - 1]}"`);
    });
    client.on('close', () => {
      open -= 1;
      if (open === 0) server.close(() => console.log('server: closed'));
    });
  }
});
