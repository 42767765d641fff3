// Patterns 3: seven requests to an API that allows three per 300 ms. A sliding-window limiter
// starts three at once, then each later one as soon as the oldest start leaves the window, in
// the order the callers came.
const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function slidingWindow(limit, interval) {
  const starts = [];
  const waiting = [];
  let timer = null;
  const pump = () => {
    timer = null;
    while (waiting.length > 0) {
      const now = performance.now();
      while (starts.length > 0 && now - starts[0] >= interval) starts.shift();
      if (starts.length >= limit) {
        timer = setTimeout(pump, starts[0] + interval - now);
        return;
      }
      starts.push(now);
      const { work, resolve, reject } = waiting.shift();
      Promise.resolve().then(work).then(resolve, reject);
    }
  };
  return (work) => new Promise((resolve, reject) => {
    waiting.push({ work, resolve, reject });
    if (timer === null) pump();
  });
}

const limiter = slidingWindow(3, 300);
const begin = performance.now();
const requests = [1, 2, 3, 4, 5, 6, 7].map((n) => limiter(() => {
  const window = Math.floor((performance.now() - begin) / 300);
  console.log(`request ${n} starts in window ${window}`);
  return delay(20).then(() => `reply ${n}`);
}));
Promise.all(requests).then((replies) => console.log(replies.length, 'replies, last:', replies[6]));
