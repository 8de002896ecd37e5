/**
 * Text from a workbook on a terminal and in Markdown (cli/markdown.ts): what a terminal would obey,
 * what makes a line read differently from what it holds, and what makes two names that print alike
 * differ, never reaches the output as it is. The whole reports are checked in cli/ld-report.test.ts
 * and cli/hostile-more.test.ts.
 */
import { md, terminalSafe } from './markdown';

describe('terminalSafe', () => {
  it('shows C0 controls as their control pictures, and keeps line feeds only when asked', () => {
    expect(terminalSafe('a\u001bc\u0007\r\nb\u0000')).toBe('a␛c␇␍␊b␀');
    expect(terminalSafe('a\nb\r', true)).toBe('a\nb␍');
  });

  it.each([
    ['DEL and C1 controls (CSI)', '\u007f\u0085\u009b\u009f'],
    ['line and paragraph separators', '\u2028\u2029'],
    ['bidirectional embeddings, overrides and isolates', '\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069'],
    ['the invisible bidirectional marks (Arabic letter mark, LRM, RLM)', '\u061c\u200e\u200f'],
    ['the zero-width space, word joiner and byte order mark', '\u200b\u2060\ufeff'],
  ])('replaces %s with U+FFFD', (_what, characters) => {
    expect(terminalSafe(`x${characters}y`)).toBe(`x${'\ufffd'.repeat(characters.length)}y`);
  });

  it('leaves letters, accents, emoji and their joiners alone', () => {
    const text = 'Équipe 日本 L&D — 👩‍💻 ⭐️ Ölçüm';
    expect(terminalSafe(text)).toBe(text);
  });
});

describe('md', () => {
  it('escapes Markdown markup and puts the text on one line', () => {
    expect(md('a *b* _c_ `d` [e](f) <g> | # \\\nnext')).toBe('a \\*b\\* \\_c\\_ \\`d\\` \\[e\\](f) \\<g\\> \\| \\# \\\\ next');
  });

  it('escapes an ampersand that a Markdown viewer would read as an entity, and only that one', () => {
    expect(md('Sales &rlm;East &NewLine;x')).toBe('Sales \\&rlm;East \\&NewLine;x');
    // A numeric one is no entity once its # is escaped.
    expect(md('&#8238;x &#x202E;y')).toBe('&\\#8238;x &\\#x202E;y');
    expect(md('L&D & Sales; R&D;')).toBe('L&D & Sales; R\\&D;');
  });
});
