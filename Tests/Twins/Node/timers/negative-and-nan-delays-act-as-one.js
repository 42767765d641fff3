// Negative and NaN delays are coerced to 1 ms: they join the 1 ms list in creation order,
// ahead of a 20 ms timeout created before them.
setTimeout(() => console.log('20 ms'), 20);
setTimeout(() => console.log('1 ms'), 1);
setTimeout(() => console.log('-5 ms'), -5);
setTimeout(() => console.log('NaN ms'), NaN);
setTimeout(() => console.log('1 ms, last'), 1);
