import { readFileSync } from 'node:fs';
import { realDatasetPath } from '../../test/fixtures';
import { ARTICLE_MAX_BYTES } from '../../pipeline/corpus/article-checks';
import { DATASET_MAX_BYTES, checkArticleText, kindOf, readArticle, readDataset } from '../file-checks';
import { ARABIC_ARTICLE, fileLike, fixtureFile, fixtureText } from './ingest-fixtures';

describe('checking a dropped article', () => {
  it('accepts UTF-8 text in Arabic or English, without a byte-order mark and with \\n line ends', async () => {
    expect(await readArticle(fixtureFile(ARABIC_ARTICLE))).toEqual({ ok: true, value: fixtureText(ARABIC_ARTICLE) });
    expect(await readArticle(fileLike('a.TXT', '\uFEFFMOSCOW, March 18, 2026 –\r\nShoigu said.'))).toEqual({
      ok: true,
      value: 'MOSCOW, March 18, 2026 –\nShoigu said.',
    });
  });

  it('turns away binary, non-UTF-8, empty and oversized files, each with its reason', async () => {
    const binary = await readArticle(fileLike('scan.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13])));
    expect(binary).toEqual({ ok: false, rejection: { code: 'unreadable', detail: expect.stringMatching(/binary/) } });
    const latin1 = await readArticle(fileLike('old.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9])));
    expect(latin1).toEqual({ ok: false, rejection: { code: 'unreadable', detail: expect.stringMatching(/UTF-8/) } });
    expect(await readArticle(fileLike('blank.txt', '  \n '))).toMatchObject({ ok: false, rejection: { code: 'unreadable' } });
    const huge = fileLike('huge.txt', 'x', ARTICLE_MAX_BYTES + 1);
    expect(await readArticle(huge)).toEqual({ ok: false, rejection: { code: 'tooLarge', limitMb: 2 } });
    expect(checkArticleText('x'.repeat(ARTICLE_MAX_BYTES + 1))).toEqual({ ok: false, rejection: { code: 'tooLarge', limitMb: 2 } });
    const gone = { name: 'moved.txt', size: 10, arrayBuffer: () => Promise.reject(new Error('NotReadableError')) };
    expect(await readArticle(gone)).toEqual({ ok: false, rejection: { code: 'unreadable', detail: 'NotReadableError' } });
    expect(await readDataset({ ...gone, name: 'moved.json' })).toEqual({ ok: false, rejection: { code: 'unreadable', detail: 'NotReadableError' } });
  });

  it('tells articles, datasets and anything else apart by name', async () => {
    expect([kindOf('a.txt'), kindOf('dataset.JSON'), kindOf('photo.png'), kindOf('txt')]).toEqual(['article', 'dataset', 'other', 'other']);
    expect(await readArticle(fileLike('photo.png', 'hello'))).toEqual({ ok: false, rejection: { code: 'unsupported' } });
  });

  it('keeps hostile markup as the text it is', () => {
    const hostile = 'Report <img src=x onerror=alert(1)> ends.';
    expect(checkArticleText(hostile)).toEqual({ ok: true, value: hostile });
  });
});

describe('checking a dataset file', () => {
  it('accepts a dataset the schema validates', async () => {
    const checked = await readDataset(fileLike('dataset.json', readFileSync(realDatasetPath, 'utf8')));
    expect(checked.ok && checked.value.documents.length).toBeGreaterThan(0);
  });

  it('reports invalid JSON, a wrong schema, a broken reference and an oversized file', async () => {
    expect(await readDataset(fileLike('cut.json', '{"schemaVersion": 1, "documents": ['))).toMatchObject({
      ok: false,
      rejection: { code: 'badJson' },
    });
    expect(await readDataset(fileLike('v99.json', '{"schemaVersion": 99}'))).toEqual({
      ok: false,
      rejection: { code: 'badDataset', detail: expect.stringMatching(/schema version 99/) },
    });
    const broken = JSON.parse(readFileSync(realDatasetPath, 'utf8'));
    broken.mentions[0].actorId = 'nobody';
    expect(await readDataset(fileLike('broken.json', JSON.stringify(broken)))).toEqual({
      ok: false,
      rejection: { code: 'badDataset', detail: expect.stringMatching(/unknown actor nobody/) },
    });
    expect(await readDataset(fileLike('big.json', '{}', DATASET_MAX_BYTES + 1))).toMatchObject({ ok: false, rejection: { code: 'tooLarge' } });
    expect(await readDataset(fileLike('latin1.json', new Uint8Array([0x7b, 0xe9, 0x7d])))).toMatchObject({ ok: false, rejection: { code: 'badJson' } });
  });
});
