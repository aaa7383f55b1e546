import { normalizeTerm } from './text';

describe('normalizeTerm', () => {
  it('when a word has accents or capitals, then it is lower case without them', () => {
    expect(normalizeTerm('Één')).toBe('een');
    expect(normalizeTerm('Café')).toBe('cafe');
    expect(normalizeTerm('SCHOONMAKEN')).toBe('schoonmaken');
  });

  it('when a text is plain ASCII, then the quick path gives what the full normalisation gives', () => {
    const full = (t: string) =>
      t
        .normalize('NFD')
        .replace(/\p{Diacritic}/gu, '')
        .toLowerCase();
    for (let code = 0; code < 128; code += 1) {
      const text = `a${String.fromCharCode(code)}Z`;
      expect(normalizeTerm(text)).toBe(full(text));
    }
  });
});
