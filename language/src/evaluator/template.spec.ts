import { FILTER_NAMES, OPERATOR_NAMES, parseTemplate } from './template';

describe(parseTemplate.name, () => {
  it('should keep text without placeholders as one literal part', () => {
    expect(parseTemplate('pages/index')).toEqual({ parts: ['pages/index'] });
  });

  it('should split text and placeholders with their filters and arguments', () => {
    expect(parseTemplate('¥{{ data.goods.price | yuan | round:2 }} each')).toEqual({
      parts: [
        '¥',
        {
          path: 'data.goods.price',
          filters: [
            { name: 'yuan', args: [] },
            { name: 'round', args: [2] },
          ],
        },
        ' each',
      ],
    });
  });

  it('should read quoted strings, numbers, booleans and null as arguments', () => {
    expect(parseTemplate(`{{ a | split:",", 'x|y}}', -1.5, true, false, null }}`)).toEqual({
      parts: [{ path: 'a', filters: [{ name: 'split', args: [',', 'x|y}}', -1.5, true, false, null] }] }],
    });
  });

  it('should accept paths with indexes and no blanks', () => {
    expect(parseTemplate('{{item.list[3].id}}')).toEqual({ parts: [{ path: 'item.list[3].id', filters: [] }] });
  });

  it.each([
    ['{{ a', 0],
    ['x {{ }}', 2],
    ['ok {{ a | }}', 3],
    ['{{ a | round:abc }}', 0],
    ['{{ a }} {{ a b }}', 8],
    ['{{ a..b }}', 0],
    ['{{ a | 9x }}', 0],
    ['{{ a {{ b }}', 0],
    ['{{ a }} and {{ b', 12],
  ])('should point at the placeholder of %p that is malformed', (text, at) => {
    expect(parseTemplate(text)).toEqual({ error: expect.any(String), at });
  });
});

describe('FILTER_NAMES and OPERATOR_NAMES', () => {
  it('should list every filter of the language, each also usable as an operator', () => {
    expect(FILTER_NAMES).toEqual(expect.arrayContaining(['yuan', 'fen', 'default', 'ms', 'split', 'join', 'values']));
    expect(FILTER_NAMES).toHaveLength(21);
    for (const f of FILTER_NAMES) expect(OPERATOR_NAMES).toContain('$' + f);
    expect(OPERATOR_NAMES).toEqual(expect.arrayContaining(['$ref', '$map', '$find', '$lookup', '$match', '$not']));
  });
});
