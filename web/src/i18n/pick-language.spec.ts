import { format, pickLanguage } from './pick-language';

describe(pickLanguage.name, () => {
  it('should show the half of a server message in the reader language', () => {
    const m =
      'appid: appid must be "wx" followed by 16 lowercase hex digits / appid 必须是 wx 加 16 位小写十六进制字符';
    expect(pickLanguage(m, 'zh')).toBe('appid 必须是 wx 加 16 位小写十六进制字符');
    expect(pickLanguage(m, 'en')).toBe('appid: appid must be "wx" followed by 16 lowercase hex digits');
  });

  it('should keep English first when the English half quotes a Chinese name', () => {
    const m = 'Updated app wx1: name "示例商城" → "新商城" / 修改应用 wx1：名称「示例商城」→「新商城」';
    expect(pickLanguage(m, 'zh')).toBe('修改应用 wx1：名称「示例商城」→「新商城」');
    expect(pickLanguage(m, 'en')).toBe('Updated app wx1: name "示例商城" → "新商城"');
  });

  it('should pick from a { zh, en } violation message and fall back to the other language', () => {
    expect(pickLanguage({ zh: '缺少必填字段', en: 'missing required field' }, 'en')).toBe('missing required field');
    expect(pickLanguage({ zh: '缺少必填字段', en: '' }, 'en')).toBe('缺少必填字段');
  });

  it('should show a message without a language split whole', () => {
    expect(pickLanguage('Internal server error', 'zh')).toBe('Internal server error');
    expect(pickLanguage('a / b / c', 'zh')).toBe('a / b / c');
  });
});

describe(format.name, () => {
  it('should fill placeholders and leave unknown ones as written', () => {
    expect(format('已发布 v{n} 到{env}，灰度 {percent}%', { n: 13, env: '体验版', percent: 20 })).toBe(
      '已发布 v13 到体验版，灰度 20%',
    );
    expect(format('{a}{b}', { a: 1 })).toBe('1{b}');
  });
});
