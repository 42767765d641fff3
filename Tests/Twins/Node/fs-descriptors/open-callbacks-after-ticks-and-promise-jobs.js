// An fs.open callback runs in the poll phase after the script's nextTicks and promise jobs;
// inside it, its own nextTick and promise job run before the check phase's immediate, and the
// immediate before a 0 ms timer.
const fs = require('fs');
fs.open('Package.swift', 'r', (error, fd) => {
  console.log('open callback', error === null, typeof fd);
  setTimeout(() => {
    console.log('timeout 0');
    fs.close(fd, (error) => console.log('close callback', error === null));
  }, 0);
  setImmediate(() => console.log('immediate'));
  process.nextTick(() => console.log('nextTick in callback'));
  Promise.resolve().then(() => console.log('promise job in callback'));
});
process.nextTick(() => console.log('nextTick'));
Promise.resolve().then(() => console.log('promise job'));
console.log('sync');
