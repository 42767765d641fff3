// Patterns 2: six API calls, two at a time, each retried up to twice with a growing wait
// (50 ms, then 100 ms). A call that keeps failing ends as a failure at its own index; the
// others are not held back by it. Progress counts every call once.
const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function retry(retries, firstWait, operation) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await operation();
    } catch (error) {
      if (attempt > retries) throw error;
      await delay(firstWait * 2 ** (attempt - 1));
    }
  }
}
async function mapLimit(items, concurrency, transform, onProgress) {
  const outcomes = new Array(items.length);
  let next = 0;
  let completed = 0;
  let failed = 0;
  async function runner() {
    while (next < items.length) {
      const index = next++;
      try {
        outcomes[index] = { value: await transform(items[index]) };
        completed += 1;
      } catch (error) {
        outcomes[index] = { error };
        failed += 1;
      }
      onProgress(completed, failed, items.length);
    }
  }
  await Promise.all(Array.from({ length: concurrency }, runner));
  return outcomes;
}

// How each call behaves: its time per attempt, and how many attempts fail before one succeeds.
const calls = {
  users: { ms: 140, failures: 0 },
  orders: { ms: 80, failures: 1 },
  invoices: { ms: 260, failures: 0 },
  refunds: { ms: 100, failures: 5 },
  stock: { ms: 120, failures: 0 },
  prices: { ms: 80, failures: 2 },
};
const attempts = {};
mapLimit(Object.keys(calls), 2, (name) => retry(2, 50, () => {
  const attempt = (attempts[name] ?? 0) + 1;
  attempts[name] = attempt;
  const { ms, failures } = calls[name];
  return delay(ms).then(() => {
    if (attempt <= failures) {
      console.log(`  ${name}: attempt ${attempt} failed`);
      throw new Error(`${name} unavailable`);
    }
    return `${name} ok`;
  });
}), (completed, failed, total) => console.log(`progress ${completed + failed}/${total} (${failed} failed)`))
  .then((outcomes) => {
    Object.keys(calls).forEach((name, index) => {
      const outcome = outcomes[index];
      const result = outcome.error ? `failed: ${outcome.error.message}` : outcome.value;
      console.log(`${index} ${name}: ${result} after ${attempts[name]} attempt(s)`);
    });
  });
