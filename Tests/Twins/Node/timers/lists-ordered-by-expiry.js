// Lists of different durations run in order of expiry, whatever order they were created in;
// timeouts of one duration run first-in first-out.
setTimeout(() => console.log('120 ms'), 120);
setTimeout(() => console.log('20 ms, first'), 20);
setTimeout(() => console.log('60 ms'), 60);
setTimeout(() => console.log('20 ms, second'), 20);
setTimeout(() => console.log('120 ms, second'), 120);
