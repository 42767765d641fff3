// Base64 decoding is lenient as Node's: whitespace and other characters that are not base64 digits
// are skipped, the first '=' ends the input, both names accept both alphabets, missing padding is
// fine, a lone last digit is dropped, and a character beyond Latin-1 is read by the low byte of its
// code unit; base64 encodes with '=' padding and base64url without.
const inputs = ['aGVsbG8=', 'aGVsbG8', 'aGV sbG8=\n', ' a G V s\tb\r\nG 8 ', 'aGVs=bG8', 'a!!b', 'QUI', 'Q', 'QUFBQ', '====', '-_-_', '+/+/', 'QUFBQU\u0141B', 'QUFB\u{1F600}QUFB', 'QUFB\u00e9QUFB', ''];
for (const input of inputs) {
  console.log([input], Buffer.from(input, 'base64').toString('hex'), Buffer.from(input, 'base64url').toString('hex'), Buffer.byteLength(input, 'base64'));
}
for (const bytes of [[], [0x61], [0x61, 0x62], [0x61, 0x62, 0x63], [0xfb, 0xff], [0xfb, 0xff, 0xfe, 0x01]]) {
  const buffer = Buffer.from(bytes);
  console.log(buffer.toString('hex'), [buffer.toString('base64')], [buffer.toString('base64url')]);
}
