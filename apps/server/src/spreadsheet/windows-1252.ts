/** Characters of the bytes 0x80–0x9F in windows-1252 (the WHATWG table); the other bytes are as in latin1. */
const WINDOWS_1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/**
 * windows-1252 text (what older Danish Windows programs and Excel write). Not `new TextDecoder('windows-1252')`:
 * Node 20.18.3+ and 22.13+ decode that as latin1, turning €, “ ” and – into control characters
 * (nodejs/node#56542, #60888).
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\u0080-\u009f]/g, (ch) => WINDOWS_1252_C1[ch.charCodeAt(0) - 0x80] ?? ch);
}
