// Chapter 2: a timer's callback waits in the queue until the whole script has finished, even
// with a delay of 0.
console.log('Start');
setTimeout(() => console.log('Timer finished'), 0);
console.log('End');
