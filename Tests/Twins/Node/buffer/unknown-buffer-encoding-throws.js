// An encoding name Node does not know throws TypeError [ERR_UNKNOWN_ENCODING] when a buffer is made
// or decoded, but toString on an empty range returns '' without looking at the name, Buffer.from
// takes an empty name as utf8, and Buffer.byteLength falls back to the UTF-8 length.
try { Buffer.from('x', 'bogus'); } catch (e) { console.log(e.name, e.code, e.message); }
try { Buffer.from('x').toString('utf-16'); } catch (e) { console.log(e.name, e.code, e.message); }
try { Buffer.from('x').toString(''); } catch (e) { console.log(e.name, e.code, e.message); }
console.log([Buffer.from('xyz').toString('bogus', 3)], [Buffer.alloc(0).toString('bogus')]);
console.log(Buffer.from('x', ''), Buffer.byteLength('h\u00e9llo', 'bogus'));
console.log(Buffer.isEncoding('UTF-8'), Buffer.isEncoding('Ucs-2'), Buffer.isEncoding('utf16'), Buffer.isEncoding(''));
