// console.log shows a buffer as <Buffer ..> with its bytes in lowercase hex, at most 50 of them
// followed by '... N more bytes' (one more 'byte'), the same inside arrays and objects and even
// below the depth limit.
console.log(Buffer.from('hello'));
console.log(Buffer.alloc(0));
console.log(Buffer.from([0, 15, 16, 255]));
console.log(Buffer.alloc(50, 0xab));
console.log(Buffer.alloc(51, 1));
console.log(Buffer.alloc(60));
console.log([Buffer.from('hi'), Buffer.alloc(0)]);
console.log({ data: Buffer.from('hi') });
console.log([[[Buffer.from('deep')]]]);
console.log([Buffer.alloc(52), Buffer.from('x')]);
console.log('bytes:', Buffer.from('ok'), 'end');
