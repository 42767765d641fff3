// latin1 and ascii encode the low byte of each UTF-16 code unit; latin1 decodes each byte to the
// character with that code and ascii clears the high bit first; utf16le writes a surrogate pair for
// a character beyond the BMP and drops an odd last byte when decoding; toString clamps start and
// end to the buffer.
console.log(Buffer.from('A\u00e9\u0100\u4e2d\u{1F600}', 'latin1'), Buffer.from('A\u00e9\u0100\u4e2d\u{1F600}', 'ascii'));
console.log([Buffer.from([0x41, 0xe9, 0x7f, 0x80, 0xff]).toString('latin1')]);
console.log([Buffer.from([0x41, 0xe9, 0x7f, 0x80, 0xff]).toString('ascii')]);
console.log(Buffer.from('a\u{1F600}', 'utf16le'), Buffer.byteLength('a\u{1F600}', 'utf16le'));
console.log([Buffer.from([0x61, 0x00, 0x62]).toString('utf16le')], [Buffer.from([0x3d, 0xd8, 0x00, 0xde]).toString('ucs2')]);
const hello = Buffer.from('hello');
console.log([hello.toString('utf8', -3), hello.toString('utf8', 2), hello.toString('utf8', 9), hello.toString('utf8', 1, 3), hello.toString('utf8', 3, 1), hello.toString('latin1', 1, 99)]);
console.log(hello.subarray(-3), hello.subarray(1, -1), hello.subarray(4, 2), Buffer.concat([hello.subarray(0, 2), Buffer.from('!')]));
console.log(hello.equals(Buffer.from('hello')), hello.equals(hello.subarray(1)), hello.length);
