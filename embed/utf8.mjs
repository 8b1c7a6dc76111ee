// UTF-8 TextEncoder / TextDecoder for hosts without them (some WeChat mini-program base library
// versions). Only what the wasm-bindgen glue uses: `new TextEncoder().encode(s)` and
// `new TextDecoder('utf-8', {ignoreBOM: true}).decode(bytes?)`. Lone surrogates and invalid
// bytes become U+FFFD, as with the standard classes. Plain ES5 (inlined into the mini-program
// loader by build-miniprogram.mjs).

export function Utf8Encoder() {}
Utf8Encoder.prototype.encoding = 'utf-8';
Utf8Encoder.prototype.encode = function (input) {
  var s = input === undefined ? '' : String(input);
  var out = new Uint8Array(s.length * 3);
  var n = 0;
  for (var i = 0; i < s.length; i++) {
    var c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      var d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00); i++; }
    }
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd; // a lone surrogate
    if (c < 0x80) out[n++] = c;
    else if (c < 0x800) { out[n++] = 0xc0 | (c >> 6); out[n++] = 0x80 | (c & 63); }
    else if (c < 0x10000) { out[n++] = 0xe0 | (c >> 12); out[n++] = 0x80 | ((c >> 6) & 63); out[n++] = 0x80 | (c & 63); }
    else { out[n++] = 0xf0 | (c >> 18); out[n++] = 0x80 | ((c >> 12) & 63); out[n++] = 0x80 | ((c >> 6) & 63); out[n++] = 0x80 | (c & 63); }
  }
  return out.slice(0, n);
};

export function Utf8Decoder(label, options) {
  this.ignoreBOM = !!(options && options.ignoreBOM);
}
Utf8Decoder.prototype.encoding = 'utf-8';
Utf8Decoder.prototype.decode = function (input) {
  if (input === undefined) return '';
  var b = input instanceof Uint8Array ? input : ArrayBuffer.isView(input)
    ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength) : new Uint8Array(input);
  var parts = [], units = [];
  var i = 0;
  if (!this.ignoreBOM && b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) i = 3;
  while (i < b.length) {
    var x = b[i], cp = 0xfffd, need = 0, lo = 0x80, hi = 0xbf;
    if (x < 0x80) { cp = x; i++; } else {
      if (x >= 0xc2 && x <= 0xdf) { need = 1; cp = x & 0x1f; }
      else if (x >= 0xe0 && x <= 0xef) { need = 2; cp = x & 0x0f; if (x === 0xe0) lo = 0xa0; if (x === 0xed) hi = 0x9f; }
      else if (x >= 0xf0 && x <= 0xf4) { need = 3; cp = x & 0x07; if (x === 0xf0) lo = 0x90; if (x === 0xf4) hi = 0x8f; }
      i++;
      if (need === 0) cp = 0xfffd;
      for (var k = 0; k < need; k++) {
        var y = b[i];
        if (i >= b.length || y < lo || y > hi) { cp = 0xfffd; break; } // maximal subpart: do not consume y
        lo = 0x80; hi = 0xbf;
        cp = (cp << 6) | (y & 0x3f);
        i++;
      }
    }
    if (cp >= 0x10000) { cp -= 0x10000; units.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff)); } else units.push(cp);
    if (units.length >= 8192) { parts.push(String.fromCharCode.apply(null, units)); units = []; }
  }
  parts.push(String.fromCharCode.apply(null, units));
  return parts.join('');
};
