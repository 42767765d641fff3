// Patterns 4: map-reduce over eight chunks of text. Counting words is CPU work: NodeLoop maps
// each chunk on libuv's thread pool (Node runs JavaScript on one thread, so its twin maps on
// the loop), then folds the counts on the loop in input order. Progress says how many chunks
// are counted, whichever finished.
const words = ['loop', 'timer', 'promise', 'tick', 'pool', 'worker'];
const chunks = Array.from({ length: 8 }, (_, chunk) =>
  Array.from({ length: 5000 }, (_, i) => words[(i * (chunk + 1) + chunk) % words.length]).join(' '));
function countWords(text) {
  const counts = {};
  for (const word of text.split(' ')) counts[word] = (counts[word] ?? 0) + 1;
  return counts;
}
let counted = 0;
const mapped = chunks.map((chunk) => Promise.resolve().then(() => countWords(chunk)).then((counts) => {
  counted += 1;
  console.log(`counted ${counted} of ${chunks.length} chunks`);
  return counts;
}));
Promise.all(mapped).then((all) => {
  const total = {};
  for (const counts of all) for (const word of words) total[word] = (total[word] ?? 0) + (counts[word] ?? 0);
  for (const word of words) console.log(`${word}: ${total[word]}`);
});
