// %d is Number(x), %i parseInt(String(x)), %f parseFloat(String(x)); %s shows an object to
// depth 0, %o with its hidden properties to depth 4; %c takes an argument and prints nothing.
console.log('%d %d %d %d %d', '', ' 12 ', '0x10', true, undefined);
console.log('%d %d %d %d', [], [5], ['a', 'b'], '1e3');
console.log('%i %i %i %i %i', '12abc', 1e21, 5e-7, true, '-0');
console.log('%i %i', '0x1f', '  -42.9');
console.log('%f %f %f %f %f', '1.5abc', '0x10', [1, undefined], '.5e1x', '-Infinityx');
console.log('%s | %s', { a: { b: 1 } }, [[1, [2]]]);
console.log('%o', { a: [1, 2], b: { c: 'x' } });
console.log('%o', [[1, [2, [3, [4, [5]]]]]]);
console.log('%o', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26]);
console.log('%c%s%c', 'color: red', 'styled', 'color: blue');
console.log('%O', [[1, [2, [3, [4]]]]]);
