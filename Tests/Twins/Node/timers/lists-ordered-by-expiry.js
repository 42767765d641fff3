// Lists of different durations run in order of expiry, whatever order they were created in;
// timeouts of one duration run first-in first-out.
setTimeout(() => console.log('30 ms'), 30);
setTimeout(() => console.log('5 ms, first'), 5);
setTimeout(() => console.log('15 ms'), 15);
setTimeout(() => console.log('5 ms, second'), 5);
setTimeout(() => console.log('30 ms, second'), 30);
