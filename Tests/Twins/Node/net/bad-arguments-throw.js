// Bad ports throw ERR_SOCKET_BAD_PORT at the call, a bad timeout ERR_OUT_OF_RANGE; closing a
// server that never listened calls back with ERR_SERVER_NOT_RUNNING.
const net = require('net');
const attempt = (label, f) => {
  try { f(); console.log(label, 'no error'); } catch (err) { console.log(label, err.name, err.code, err.message); }
};
attempt('connect -1', () => net.connect(-1, '127.0.0.1'));
attempt('connect 65536', () => net.connect(65536, '127.0.0.1'));
attempt('listen 65536', () => net.createServer().listen(65536, '127.0.0.1'));
attempt('listen -5', () => net.createServer().listen(-5));
attempt('setTimeout -1', () => new net.Socket().setTimeout(-1));
net.createServer().close((err) => console.log('close', err.code, err.message));
