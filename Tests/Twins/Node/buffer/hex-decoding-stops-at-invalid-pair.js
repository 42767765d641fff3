// Hex decoding reads two digits a byte in either case, stops at the first pair that is not two hex
// digits, ignores a last odd digit, and reads a character beyond Latin-1 by the low byte of its
// code unit; hex encoding writes two lowercase digits a byte.
const inputs = ['68656c6c6f', '68656C6C6F', '6865zz6c6f', '686', '6 8', ' 68', '68 65', '0g12', '\u0141\u0141', 'a\u{1F600}', ''];
for (const input of inputs) {
  console.log([input], Buffer.from(input, 'hex'), Buffer.byteLength(input, 'hex'));
}
console.log(Buffer.from([0, 1, 15, 16, 127, 128, 254, 255]).toString('hex'));
