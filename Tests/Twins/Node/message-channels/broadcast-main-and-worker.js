// A BroadcastChannel in a worker reaches the main thread's channel of the same name, in order, but not the poster itself.
const { Worker, isMainThread } = require('worker_threads');
if (isMainThread) {
  const news = new BroadcastChannel('news');
  news.onmessage = (event) => {
    console.log('main heard', event.data);
    if (event.data === 'second') news.close();
  };
  new Worker(__filename);
} else {
  const news = new BroadcastChannel('news');
  news.onmessage = (event) => console.log('worker heard itself', event.data);
  news.postMessage('first');
  news.postMessage('second');
  news.close();
}
