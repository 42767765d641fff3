// clearTimeout drops a timeout's callback even after the timeout has fired: refresh() then re-arms it, but when it comes due it runs nothing; until then it keeps the run alive.
process.on('exit', (code) => console.log('exit', code));
const fired = setTimeout(() => console.log('fired timeout runs'), 60);
setTimeout(() => {
  clearTimeout(fired);
  fired.refresh();
  console.log('cleared and refreshed; hasRef', fired.hasRef());
  setTimeout(() => console.log('unref timeout runs while the refreshed one is pending'), 30).unref();
}, 80);
const interval = setInterval(() => {
  console.log('interval runs');
  clearInterval(interval);
  interval.refresh();
}, 10);
