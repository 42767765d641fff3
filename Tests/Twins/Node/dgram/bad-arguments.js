// Bad types, ports, offsets and buffer sizes throw Node's errors at the call; options on a
// socket not bound yet fail with EBADF (ERR_SOCKET_BUFFER_SIZE for the buffer sizes); a
// second bind throws ERR_SOCKET_ALREADY_BOUND; libuv refuses a TTL outside its range.
const dgram = require('dgram');
const attempt = (label, f) => {
  try { f(); console.log(label, 'no error'); } catch (err) { console.log(label, err.name, err.code, err.message); }
};
attempt('type udp5', () => dgram.createSocket('udp5'));
attempt('type tcp in options', () => dgram.createSocket({ type: 'tcp' }));
attempt('recvBufferSize -1', () => dgram.createSocket({ type: 'udp4', recvBufferSize: -1 }));
attempt('sendBufferSize 2^32', () => dgram.createSocket({ type: 'udp4', sendBufferSize: 2 ** 32 }));
attempt('bad size before bad type', () => dgram.createSocket({ type: 'x', recvBufferSize: -2 }));
const socket = dgram.createSocket('udp4');
const buffer = Buffer.from('abc');
attempt('send to port 0', () => socket.send(buffer, 0, '127.0.0.1'));
attempt('send to port 65536', () => socket.send(buffer, 65536, '127.0.0.1'));
attempt('send to port -1', () => socket.send('abc', -1, '127.0.0.1'));
attempt('send without a port', () => socket.send(buffer));
attempt('send with only a callback', () => socket.send(buffer, () => {}));
attempt('offset past the end', () => socket.send(buffer, 4, 0, 9, '127.0.0.1'));
attempt('length past the end', () => socket.send(buffer, 1, 3, 9, '127.0.0.1'));
attempt('negative offset', () => socket.send(buffer, -1, 1, 9, '127.0.0.1'));
attempt('connect to port 0', () => socket.connect(0, '127.0.0.1'));
attempt('connect to port 70000', () => socket.connect(70000));
attempt('address unbound', () => socket.address());
attempt('setBroadcast unbound', () => socket.setBroadcast(true));
attempt('setTTL unbound', () => socket.setTTL(64));
attempt('setTTL 0 unbound', () => socket.setTTL(0));
attempt('setMulticastTTL unbound', () => socket.setMulticastTTL(1));
attempt('setMulticastLoopback unbound', () => socket.setMulticastLoopback(false));
attempt('setMulticastInterface unbound', () => socket.setMulticastInterface('127.0.0.1'));
attempt('getRecvBufferSize unbound', () => socket.getRecvBufferSize());
attempt('setSendBufferSize unbound', () => socket.setSendBufferSize(4096));
attempt('setRecvBufferSize -1', () => socket.setRecvBufferSize(-1));
attempt('setSendBufferSize 2^32', () => socket.setSendBufferSize(2 ** 32));
attempt('addMembership without a group', () => socket.addMembership(''));
socket.bind(0, '127.0.0.1', () => {
  attempt('setTTL 256', () => socket.setTTL(256));
  attempt('setTTL 64', () => socket.setTTL(64));
  attempt('setMulticastTTL 256', () => socket.setMulticastTTL(256));
  attempt('setMulticastInterface not an address', () => socket.setMulticastInterface('nonsense'));
  attempt('addMembership of a unicast address', () => socket.addMembership('127.0.0.1'));
  attempt('dropMembership of a group not joined', () => socket.dropMembership('224.0.0.114', '127.0.0.1'));
  attempt('setRecvBufferSize 65536', () => socket.setRecvBufferSize(65536));
  console.log('send queue', socket.getSendQueueSize(), socket.getSendQueueCount());
  socket.close();
});
attempt('bind while binding', () => socket.bind(0));
