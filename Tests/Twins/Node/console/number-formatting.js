// Numbers print as JavaScript spells them: no trailing `.0`, exponent form from 1e21 up and
// below 1e-6, -0 kept, NaN and Infinity by name, the same inside arrays.
console.log(1.5, 1e21, 1e-7, -0, NaN, Infinity, -Infinity);
console.log(1, 100, 0.1 + 0.2, 123456789012, 0.000001);
console.log(9007199254740992, -42, 3.14159, 1.7976931348623157e308);
console.log([1.5, -0, NaN, 1e21]);
