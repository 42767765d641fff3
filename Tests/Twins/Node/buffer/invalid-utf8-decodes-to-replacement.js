// Invalid UTF-8 decodes to U+FFFD as Node decodes it (WHATWG): one replacement character for each
// maximal subpart of an ill-formed sequence, so a truncated sequence gives one, and a byte that
// cannot start or continue a sequence (overlong starts, surrogates, beyond U+10FFFF) gives one
// each; a BOM is kept.
const cases = [[0xe2, 0x82], [0xe2, 0x82, 0x41], [0xf0, 0x9f, 0x98], [0xf0, 0x80, 0x80], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xff, 0x41, 0xfe], [0x80, 0xbf], [0xe0, 0x80, 0x9f], [0xef, 0xbb, 0xbf, 0x41], [0xf0, 0x9f, 0x98, 0x80], [0x41, 0xc3]];
for (const bytes of cases) {
  const text = Buffer.from(bytes).toString('utf8');
  console.log(Buffer.from(bytes), Buffer.from(text).toString('hex'), text.length);
}
const euro = Buffer.from('\u20ac');
console.log(Buffer.from(euro.toString('utf8', 0, 2)).toString('hex'), euro.toString('utf8', 2), euro.toString('hex', 1));
