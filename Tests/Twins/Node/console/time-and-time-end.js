// console.timeLog prints the label, the time so far and its extra arguments; console.timeEnd
// prints the label and the total time, then forgets the label.
// twin: timings
console.time('work');
console.time();
setTimeout(() => {
  console.timeLog('work', 'halfway', 1);
  setTimeout(() => {
    console.timeEnd('work');
    console.timeEnd();
  }, 10);
}, 10);
