// An array or object whose one-line form passes 80 columns goes one entry per line; more than six
// short items are grouped into aligned columns (numbers right-aligned); nesting past depth 2
// prints [Array] or [Object]; past 100 items the rest is counted.
console.log([1, 2, 3, 4, 5, 6]);
console.log([1, 2, 3, 4, 5, 6, 7]);
console.log(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
console.log(Array.from({ length: 30 }, (_, i) => i * 100));
console.log([-1, 20, 300, -4000, 5, 6, 7]);
console.log([1, 'a', 2, 'b', 3, 'c', 4]);
console.log(Array.from({ length: 7 }, (_, i) => 'x'.repeat(i * 3)));
console.log(Array.from({ length: 8 }, (_, i) => 'item' + i));
console.log([{ status: 'fulfilled', value: 1 }, { reason: 42, status: 'rejected' }]);
console.log({ k: Array.from({ length: 10 }, (_, i) => i) });
console.log({ a: { b: { c: {} } } }, { a: { b: { c: { d: 1 } } } });
console.log([[[[]]]], [[[[1]]]]);
console.log(Array.from({ length: 120 }, (_, i) => i));
console.log(['a\n' + 'b'.repeat(90) + '\ncc']);
