// After close, the calls that check the socket throw ERR_SOCKET_DGRAM_NOT_RUNNING; the option
// setters, which Node 20 does not check, throw a TypeError reading the handle it let go of;
// ref and unref do nothing.
const dgram = require('dgram');
const attempt = (label, f) => {
  try { f(); console.log(label, 'no error'); } catch (err) { console.log(label, err.name, err.code, err.message); }
};
const socket = dgram.createSocket('udp4');
socket.bind(0, '127.0.0.1', () => {
  socket.close(() => {
    attempt('close', () => socket.close());
    attempt('bind', () => socket.bind(0));
    attempt('send', () => socket.send('x', 9, '127.0.0.1'));
    attempt('connect', () => socket.connect(9, '127.0.0.1'));
    attempt('address', () => socket.address());
    attempt('remoteAddress', () => socket.remoteAddress());
    attempt('disconnect', () => socket.disconnect());
    attempt('addMembership', () => socket.addMembership('224.0.0.114'));
    attempt('dropMembership', () => socket.dropMembership('224.0.0.114'));
    attempt('setMulticastInterface', () => socket.setMulticastInterface('127.0.0.1'));
    attempt('setBroadcast', () => socket.setBroadcast(true));
    attempt('setTTL', () => socket.setTTL(5));
    attempt('setMulticastTTL', () => socket.setMulticastTTL(5));
    attempt('setMulticastLoopback', () => socket.setMulticastLoopback(true));
    attempt('getRecvBufferSize', () => socket.getRecvBufferSize());
    attempt('setSendBufferSize', () => socket.setSendBufferSize(8192));
    attempt('setRecvBufferSize -1', () => socket.setRecvBufferSize(-1));
    attempt('getSendQueueCount', () => socket.getSendQueueCount());
    console.log('ref and unref return the socket', socket.ref() === socket, socket.unref() === socket);
  });
});
