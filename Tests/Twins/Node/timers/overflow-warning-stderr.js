// A delay above 2^31-1 prints a TimeoutOverflowWarning on stderr and runs after 1 ms.
// twin: stderr
setTimeout(() => console.log('overflowed timeout ran'), 2 ** 31);
setTimeout(() => console.log('20 ms timeout'), 20);
console.log('scheduled');
