// A `once` listener is removed before its first call: on the second beforeExit only the `on`
// listener runs.
let rounds = 0;
process.once('beforeExit', (code) => console.log('once listener', code));
process.on('beforeExit', (code) => {
  rounds++;
  console.log('on listener', code, 'round', rounds, 'listeners', process.listenerCount('beforeExit'));
  if (rounds === 1) setTimeout(() => console.log('timer'), 1);
});
console.log('listeners', process.listenerCount('beforeExit'));
