import { dualTitles } from './dual-titles';

describe('dualTitles', () => {
  it('reads an Arabic dual title as the two singular titles it stands for', () => {
    expect(dualTitles('وبحث الرئيسان الروسي والإيراني هاتفيا').map((d) => d.singles)).toEqual([['الرئيس الروسي', 'الرئيس الإيراني']]);
    expect(dualTitles('اتفق وزيرا خارجية روسيا وإيران على').map((d) => d.singles)).toEqual([['وزير خارجية روسيا', 'وزير خارجية إيران']]);
    expect(dualTitles('والتقى رئيسا حكومتي لبنان وسوريا').map((d) => d.singles)).toEqual([['رئيس حكومة لبنان', 'رئيس حكومة سوريا']]);
  });

  it('reads the English plural both ways, with the words it covers', () => {
    const text = 'The Russian and Iranian presidents met; the foreign ministers of Egypt and Jordan spoke.';
    const found = dualTitles(text);
    expect(found.map((d) => d.singles)).toEqual([
      ['the Russian president', 'the Iranian president'],
      ['the foreign minister of Egypt', 'the foreign minister of Jordan'],
    ]);
    expect(found.map((d) => text.slice(d.start, d.end))).toEqual(['The Russian and Iranian presidents', 'the foreign ministers of Egypt and Jordan']);
  });

  it('finds nothing in a text with no dual head', () => {
    expect(dualTitles('التقى الرئيس الروسي والرئيس الإيراني')).toEqual([]);
  });
});
