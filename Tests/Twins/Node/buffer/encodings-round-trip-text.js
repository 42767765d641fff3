// Each encoding turns text into bytes and back as Node does: utf8 and utf16le keep every character
// (an emoji is a surrogate pair in utf16le); latin1 and ascii keep the low byte of each UTF-16 code
// unit, and ascii decoding clears the high bit; base64, base64url and hex read the text as encoded
// bytes, so the UTF-8 bytes of the text go through them and come back whole.
const text = 'Hi \u00e9\u00e8 \u4e2d\u6587 \u{1F600}!';
for (const encoding of ['utf8', 'utf16le', 'latin1', 'ascii', 'base64', 'base64url', 'hex']) {
  const bytes = Buffer.from(text, encoding);
  console.log(encoding, bytes.toString('hex'), [bytes.toString(encoding)]);
  const encoded = Buffer.from(text).toString(encoding);
  console.log(encoding, [encoded], Buffer.from(encoded, encoding).toString() === text);
}
for (const alias of ['UTF-8', 'ucs2', 'UCS-2', 'utf-16le', 'binary', 'Latin1', 'BASE64', 'Hex']) {
  console.log(alias, Buffer.from('\u00e9\u{1F600}', alias).toString('hex'));
}
