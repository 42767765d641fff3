// A beforeExit listener that schedules work keeps the run going; beforeExit comes again each
// time the loop empties, until a round schedules nothing, then exit follows.
let rounds = 0;
process.on('beforeExit', (code) => {
  rounds++;
  console.log('beforeExit', code, 'round', rounds);
  if (rounds === 1) setTimeout(() => console.log('timer from round 1'), 1);
  if (rounds === 2) setImmediate(() => console.log('immediate from round 2'));
});
process.on('exit', (code) => console.log('exit', code, 'after rounds', rounds));
console.log('script end');
