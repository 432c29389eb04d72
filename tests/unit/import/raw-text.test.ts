import { describe, expect, it } from 'vitest';
import { decodePage } from '../../../src/import/raw-text.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodePage', () => {
  it('reads UTF-8 text, dropping a byte order mark and Windows line ends', () => {
    expect(decodePage(utf8('\uFEFFTitle\r\n\r\nText — “quoted”.\r\n'))).toEqual({
      ok: true,
      text: 'Title\n\nText — “quoted”.\n',
      warnings: [],
      cutCharacter: false,
    });
  });

  it.each([
    ['an empty file', new Uint8Array(), /empty file \(0 bytes\)/],
    ['a file of blank lines', utf8('\n \n\t\n'), /empty file \(only white space\)/],
    ['a binary file', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), /binary file/],
    [
      'GB18030 text',
      Uint8Array.from([0xb8, 0xb7, 0xd0, 0xc2, 0x0a]),
      /not UTF-8 text \(invalid byte at offset 0\)/,
    ],
    ['Latin-1 text', Uint8Array.from([...utf8('Caf'), 0xe9, 0x20, 0x6f, 0x6b]), /invalid byte at offset 3/],
  ])('refuses %s with the reason', (_name, bytes, reason) => {
    const decoded = decodePage(bytes);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.reason).toMatch(reason);
  });

  it('keeps a page cut inside a character, dropping only the broken bytes and saying so', () => {
    const whole = utf8('The city’s plan');
    const cut = whole.subarray(0, whole.indexOf(0x99)); // after two of the three bytes of ’
    const decoded = decodePage(cut);
    expect(decoded).toMatchObject({ ok: true, text: 'The city', cutCharacter: true });
    if (decoded.ok) expect(decoded.warnings[0]).toMatch(/dropped 2 incomplete byte/);
  });
});
