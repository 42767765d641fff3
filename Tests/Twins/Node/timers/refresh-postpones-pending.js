// refresh() on a pending timeout restarts its countdown from now, pushing it past a timeout
// that was due after it.
const refreshed = setTimeout(() => console.log('50 ms timeout, refreshed at 40 ms'), 50);
setTimeout(() => console.log('60 ms timeout'), 60);
setTimeout(() => {
  console.log('40 ms: refresh');
  refreshed.refresh();
}, 40);
