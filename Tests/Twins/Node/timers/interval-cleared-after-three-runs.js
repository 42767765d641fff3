// An interval runs until it clears itself from inside its own callback; nothing runs after.
process.on('exit', (code) => console.log('exit', code));
let runs = 0;
let interval;
interval = setInterval(() => {
  runs += 1;
  console.log('interval run', runs);
  if (runs === 3) {
    clearInterval(interval);
    console.log('cleared');
  }
}, 10);
