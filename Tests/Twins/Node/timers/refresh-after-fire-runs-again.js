// refresh() on a timeout that has already fired re-arms it: it runs a second time.
let runs = 0;
const timeout = setTimeout(() => {
  runs += 1;
  console.log('timeout run', runs);
}, 10);
setTimeout(() => {
  console.log('refreshing the fired timeout');
  timeout.refresh();
}, 40);
