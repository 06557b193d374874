import { ARTICLE_MAX_BYTES, articleProblemMessage, checkArticleBytes, checkArticleSize, SeenTexts } from './article-checks';
import { ArticleSourceReader } from './prepare-articles';
import { textHash } from './text-hash';

const bytes = (s: string) => new TextEncoder().encode(s);
const file = (name: string, text: string) => ({ name, size: bytes(text).length, read: () => bytes(text) });

describe('textHash', () => {
  it('gives 128 bits as 32 hex digits, the same for the same text and another for one code unit changed', () => {
    expect(textHash('')).toBe(textHash(''));
    expect(textHash('الرئيس بوتين')).toMatch(/^[0-9a-f]{32}$/);
    expect(textHash('الرئيس بوتين')).toBe(textHash('الرئيس بوتين'));
    expect(textHash('الرئيس بوتين')).not.toBe(textHash('الرئيس بوتن'));
    expect(textHash('ab')).not.toBe(textHash('ba'));
  });
});

describe('the article checks', () => {
  it('refuses a size over the limit before reading, saying the limit and the size', () => {
    expect(checkArticleSize(ARTICLE_MAX_BYTES)).toEqual({ ok: true, value: ARTICLE_MAX_BYTES });
    const over = checkArticleSize(50 * 1024 * 1024);
    expect(over).toEqual({ ok: false, problem: { code: 'tooLarge', limitMb: 2 } });
    expect(!over.ok && articleProblemMessage(over.problem, 50 * 1024 * 1024)).toBe('over the 2 MB limit for an article (50.0 MB); skipped');
  });

  it('takes a text once: a copy with a BOM, CRLF line ends or surrounding blank lines is the text it already has', () => {
    const seen = new SeenTexts();
    const text = (s: string) => {
      const r = checkArticleBytes(bytes(s));
      if (!r.ok) throw new Error('unreadable');
      return r.value;
    };
    expect(seen.add(text('سطر أول\nسطر ثان'), 'a.txt')).toEqual({ ok: true, value: 'سطر أول\nسطر ثان' });
    expect(seen.add(text('\uFEFFسطر أول\nسطر ثان'), 'bom.txt')).toEqual({ ok: false, problem: { code: 'duplicate', of: 'a.txt' } });
    expect(seen.add(text('سطر أول\r\nسطر ثان\r\n'), 'crlf.txt')).toEqual({ ok: false, problem: { code: 'duplicate', of: 'a.txt' } });
    expect(seen.add(text('سطر أول\nسطر ثالث'), 'b.txt')).toMatchObject({ ok: true });
    expect(articleProblemMessage({ code: 'duplicate', of: 'a.txt' })).toBe('the same text as a.txt; skipped');
  });
});

describe('ArticleSourceReader', () => {
  it('names every file it leaves out, and never reads one over the size limit', () => {
    const reader = new ArticleSourceReader(['a.txt', 'b.txt', 'big.txt', 'c.md'], null);
    const big = { name: 'big.txt', size: ARTICLE_MAX_BYTES + 1, read: () => expect.unreachable('an oversized file is read') as never };
    const sources = [file('a.txt', 'نص المقال'), file('b.txt', '\uFEFFنص المقال\r\n'), big, file('c.md', 'notes')].map((f) => reader.read(f));
    expect(sources.map((s) => s?.id ?? null)).toEqual(['a', null, null, null]);
    expect(reader.issues).toEqual([
      { file: 'b.txt', message: 'the same text as a.txt; skipped' },
      { file: 'big.txt', message: 'over the 2 MB limit for an article (2.0 MB); skipped' },
      { file: 'c.md', message: 'not a .txt article; skipped' },
    ]);
  });

  it('appending, takes neither the ids nor the texts of the documents the dataset has', () => {
    const reader = new ArticleSourceReader(['a.txt', 'copy.txt'], null, [{ id: 'a', file: 'old/a.txt', text: 'نص قديم' }]);
    expect(reader.read(file('a.txt', 'نص جديد'))?.id).toBe('a-2');
    expect(reader.read(file('copy.txt', 'نص قديم\r\n'))).toBeNull();
    expect(reader.issues).toEqual([{ file: 'copy.txt', message: 'the same text as old/a.txt; skipped' }]);
  });
});
