// refresh() on a pending timeout restarts its countdown from now, pushing it past a timeout
// that was due after it (gaps of 60 ms or more, so that a loaded machine keeps the order).
const refreshed = setTimeout(() => console.log('200 ms timeout, refreshed at 120 ms'), 200);
setTimeout(() => console.log('260 ms timeout'), 260);
setTimeout(() => {
  console.log('120 ms: refresh');
  refreshed.refresh();
}, 120);
