/**
 * Turns the bytes of a raw page into text, or says in one phrase why it cannot be imported.
 * Pure: takes bytes, returns text or a reason.
 */

/** A page's text, or the reason it cannot be read as text. */
export type DecodedPage =
  { ok: true; text: string; warnings: string[]; cutCharacter: boolean } | { ok: false; reason: string };

/**
 * Decodes a raw page as UTF-8. Refuses empty, binary (NUL bytes) and non-UTF-8 input. A page cut
 * off in the middle of a multi-byte character (a download stopped at a byte limit) keeps every
 * whole character and says so: `cutCharacter` is true and a warning names the dropped bytes.
 */
export function decodePage(bytes: Uint8Array): DecodedPage {
  if (bytes.length === 0) return { ok: false, reason: 'empty file (0 bytes); nothing to import' };
  if (bytes.includes(0)) {
    return { ok: false, reason: 'binary file (contains NUL bytes); only UTF-8 text pages can be imported' };
  }
  const partial = trailingPartialCharacter(bytes);
  const whole = partial > 0 ? bytes.subarray(0, bytes.length - partial) : bytes;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(whole);
  } catch {
    const offset = firstInvalidByte(whole);
    return {
      ok: false,
      reason: `not UTF-8 text (invalid byte at offset ${offset}); convert it first, e.g. iconv -f GB18030 -t UTF-8`,
    };
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') return { ok: false, reason: 'empty file (only white space); nothing to import' };
  const warnings =
    partial > 0 ? [`the page ends inside a character: dropped ${partial} incomplete byte(s) at the end`] : [];
  return { ok: true, text, warnings, cutCharacter: partial > 0 };
}

/** How many bytes at the end start a UTF-8 sequence that never finishes (0 when none). */
function trailingPartialCharacter(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back += 1) {
    const byte = bytes[bytes.length - back] ?? 0;
    if ((byte & 0xc0) === 0x80) continue;
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return needed > back ? back : 0;
  }
  return 0;
}

function firstInvalidByte(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0;
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead < 0xe0
          ? 2
          : lead >= 0xe0 && lead < 0xf0
            ? 3
            : lead >= 0xf0 && lead < 0xf5
              ? 4
              : 0;
    if (length === 0) return index;
    for (let next = 1; next < length; next += 1) {
      if (((bytes[index + next] ?? 0) & 0xc0) !== 0x80) return index;
    }
    index += length;
  }
  return index;
}
