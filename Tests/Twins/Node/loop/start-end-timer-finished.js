// The classic: both synchronous logs come first, the timer's log only after the script ended.
console.log('Start');
setTimeout(() => console.log('Timer finished'), 10);
console.log('End');
