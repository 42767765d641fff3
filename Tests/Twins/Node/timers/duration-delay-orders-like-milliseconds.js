// A Swift Duration delay (its Swift twin uses .milliseconds/.zero where this file has a
// number) lands in the same list, in the same order, as the number of milliseconds.
setTimeout(() => console.log('100 ms'), 100);
setTimeout(() => console.log('10 ms, first'), 10);
setTimeout(() => console.log('10 ms as Duration, second'), 10);
setTimeout(() => console.log('zero Duration'), 0);
setTimeout(() => console.log('10 ms, third'), 10);
