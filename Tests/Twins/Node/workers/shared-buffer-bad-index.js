// Every Atomics operation on an index outside the array throws RangeError 'Invalid atomic access
// index' (no code), and a negative length is 'Invalid array buffer length'; nothing traps.
const cells = new Int32Array(new SharedArrayBuffer(4 * 4));
for (const index of [4, -1]) {
  try { Atomics.load(cells, index); } catch (err) { console.log('load', index, err.name, err.code, err.message); }
  try { Atomics.store(cells, index, 1); } catch (err) { console.log('store', index, err.name, err.code, err.message); }
  try { Atomics.add(cells, index, 1); } catch (err) { console.log('add', index, err.name, err.code, err.message); }
  try { Atomics.compareExchange(cells, index, 0, 1); } catch (err) { console.log('compareExchange', index, err.name, err.message); }
  try { Atomics.wait(cells, index, 0, 0); } catch (err) { console.log('wait', index, err.name, err.message); }
  try { Atomics.notify(cells, index, 1); } catch (err) { console.log('notify', index, err.name, err.message); }
}
console.log('in range', Atomics.add(cells, 3, 5), Atomics.load(cells, 3));
try { new Int32Array(new SharedArrayBuffer(4 * -1)); } catch (err) { console.log('count -1', err.name, err.code, err.message); }
console.log('count 0', new Int32Array(new SharedArrayBuffer(4 * 0)).length);
