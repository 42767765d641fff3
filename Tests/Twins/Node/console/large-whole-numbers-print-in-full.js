// Whole numbers below 1e21 print with all their digits, even beyond 64-bit integers; only from
// 1e21 up does the exponent form start.
console.log(1e20, -1e20);
console.log(18446744073709551616, 999999999999999900000);
console.log(1e21);
