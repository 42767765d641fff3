// Patterns 6: a paused queue of jobs with priorities, one at a time. Higher priority runs
// first, equal priorities in the order added; onEmpty comes when the last job starts and
// onIdle when it finishes. (The queue is the part of p-queue this needs.)
const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
class PriorityQueue {
  constructor(concurrency) {
    this.concurrency = concurrency;
    this.pending = 0;
    this.paused = true;
    this.waiting = [];
    this.emptyWaiters = [];
    this.idleWaiters = [];
  }
  add(work, priority = 0) {
    return new Promise((resolve, reject) => {
      // A job starts as soon as it leaves the queue, as p-queue starts it.
      const entry = { priority, run: () => new Promise((settle) => settle(work())).then(resolve, reject) };
      const at = this.waiting.findIndex((other) => other.priority < priority);
      if (at === -1) this.waiting.push(entry); else this.waiting.splice(at, 0, entry);
      this.next();
    });
  }
  start() { this.paused = false; this.next(); }
  get size() { return this.waiting.length; }
  onEmpty() { return new Promise((resolve) => this.emptyWaiters.push(resolve)); }
  onIdle() { return new Promise((resolve) => this.idleWaiters.push(resolve)); }
  next() {
    while (!this.paused && this.pending < this.concurrency && this.waiting.length > 0) {
      const entry = this.waiting.shift();
      this.pending += 1;
      if (this.waiting.length === 0) this.emptyWaiters.splice(0).forEach((resolve) => resolve());
      entry.run().finally(() => {
        this.pending -= 1;
        this.next();
        if (this.pending === 0 && this.waiting.length === 0) this.idleWaiters.splice(0).forEach((resolve) => resolve());
      });
    }
  }
}

const queue = new PriorityQueue(1);
const jobs = [['send newsletter', 0], ['reset password', 10], ['resize avatar', 5], ['nightly report', 0], ['refund order', 10]];
for (const [name, priority] of jobs) {
  queue.add(() => { console.log(`run ${name} (priority ${priority})`); return delay(10); }, priority);
}
console.log('queued', queue.size, 'jobs while paused');
queue.onEmpty().then(() => console.log('empty: the last job has started'));
queue.onIdle().then(() => console.log('idle: every job has finished'));
queue.start();
