// Timeouts created with the same delay run first-in first-out: one list, creation order.
setTimeout(() => console.log('first'), 10);
setTimeout(() => console.log('second'), 10);
setTimeout(() => console.log('third'), 10);
setTimeout(() => console.log('fourth'), 10);
console.log('scheduled');
