import { ArticleSourceReader } from './prepare-articles';
import { decodeArticle } from './decode-article';
import { parseManifest } from './manifest';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('decodeArticle', () => {
  it('reads UTF-8 text, dropping a BOM and CRLF', () => {
    expect(decodeArticle(bytes('\uFEFFسطر\r\nثان'))).toEqual({ ok: true, text: 'سطر\nثان' });
  });
  it('closes up a word stretched by tatweel, and keeps the tatweel that joins a prefix to a figure or a quote', () => {
    expect(decodeArticle(bytes('وصل وزيـر الخارجـيـة إلى الـدوحة للمشاركة في الـ33 من القمة، واصفا إياها بـ"التاريخية"'))).toEqual({
      ok: true,
      text: 'وصل وزير الخارجية إلى الدوحة للمشاركة في الـ33 من القمة، واصفا إياها بـ"التاريخية"',
    });
  });
  it('writes the characters of a page saved as source, and leaves a bare ampersand as written', () => {
    expect(decodeArticle(bytes('Iran&#8217;s foreign minister&nbsp;said &quot;yes&quot; &#x2014; AT&T &amp; P&G'))).toEqual({
      ok: true,
      text: 'Iran\u2019s foreign minister\u00a0said "yes" \u2014 AT&T & P&G',
    });
    expect(decodeArticle(bytes('&lt;img src=x onerror=alert(1)&gt; لافروف'))).toEqual({ ok: true, text: '<img src=x onerror=alert(1)> لافروف' });
  });
  it.each([
    [new Uint8Array(), /empty/],
    [bytes('   \n '), /white space/],
    [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), /binary/],
    [new Uint8Array([0xc7, 0xe1, 0xd1, 0xc6, 0xed, 0xd3]), /not valid UTF-8/], // «الرئيس» in Windows-1256
  ])('rejects bad bytes with a reason', (input, reason) => {
    const r = decodeArticle(input);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(reason);
  });
});

describe('parseManifest', () => {
  it('keeps good entries, ignores unknown fields, reports bad and duplicate ones by name', () => {
    const { entries, issues } = parseManifest(
      JSON.stringify([
        { file: 'a.txt', published: '2024-10-11', language: 'ar', extra: 1 },
        { title: 'no file' },
        { file: 'b.txt', published: '11/10/2024' },
        { file: 'a.txt', published: '2020-01-01' },
      ]),
    );
    expect([...entries.keys()]).toEqual(['a.txt']);
    expect(entries.get('a.txt')).toEqual({ file: 'a.txt', published: '2024-10-11', language: 'ar' });
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringMatching(/^entry 2: .*file/),
      expect.stringMatching(/^b\.txt: .*YYYY-MM-DD/),
      'a.txt: duplicate entry; the first one is kept',
    ]);
  });
  it('reports malformed JSON and ignores the manifest', () => {
    const { entries, issues } = parseManifest('[{"file": "a.txt",');
    expect(entries.size).toBe(0);
    expect(issues[0]).toMatchObject({ file: 'manifest.json', message: expect.stringMatching(/malformed JSON/) });
  });
});

describe('ArticleSourceReader', () => {
  it('gives ids as the whole corpus would when earlier files are reserved, recording where it assumed them readable', () => {
    const names = ['a b.txt', 'a-b.txt', 'a_b.txt', 'notes.md', 'z.txt'];
    // Each its own text: the reader refuses a text it has already read.
    const file = (name: string) => ({ name, size: 40, read: () => bytes(`نص ${name}`) });
    const whole = new ArticleSourceReader(names, null);
    const ids = names.map((n) => whole.read(file(n))?.id ?? null);
    expect(ids).toEqual(['a-b', 'a-b-2', 'a_b', null, 'z']);
    const second = new ArticleSourceReader(names, null);
    for (const n of names.slice(0, 3)) second.reserve(n);
    second.reserve('notes.md'); // not an article: takes no id, leaves no issue
    expect(second.read(file('z.txt'))?.id).toBe('z');
    const third = new ArticleSourceReader(names, null);
    third.reserve('a b.txt');
    expect(third.read(file('a-b.txt'))?.id).toBe('a-b-2');
    expect(third.assumptions).toEqual([{ file: 'a b.txt', id: 'a-b', by: 'a-b.txt' }]);
    expect([second.issues, third.issues, second.assumptions]).toEqual([[], [], []]);
  });
});
