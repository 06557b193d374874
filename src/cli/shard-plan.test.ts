import { correctionsFingerprint, corpusFingerprint, parseShard, shardRange } from './shard-plan';

describe('shard plan', () => {
  it('reads K/N and refuses anything else, quoting it', () => {
    expect(parseShard('2/8')).toEqual({ index: 2, count: 8 });
    expect(parseShard(' 1/1 ')).toEqual({ index: 1, count: 1 });
    for (const bad of ['0/3', '4/3', '1/0', '2', 'a/b', '1/2/3']) expect(() => parseShard(bad)).toThrow(`--shard ${bad}: expected K/N with 1 ≤ K ≤ N (e.g. 2/8)`);
  });

  it('cuts the files into contiguous blocks as even as can be, covering each file once', () => {
    expect([1, 2, 3].map((index) => shardRange(200, { index, count: 3 }))).toEqual([
      { start: 0, end: 66 },
      { start: 66, end: 133 },
      { start: 133, end: 200 },
    ]);
    // More shards than files: some are empty.
    expect([1, 2, 3].map((index) => shardRange(2, { index, count: 3 }))).toEqual([
      { start: 0, end: 0 },
      { start: 0, end: 1 },
      { start: 1, end: 2 },
    ]);
  });

  it('identifies a corpus by its names, sizes and manifest, in whatever order they are listed', () => {
    const files = [
      { name: 'b.txt', size: 10 },
      { name: 'a.txt', size: 5 },
    ];
    const print = corpusFingerprint(files, null);
    expect(print).toMatch(/^[0-9a-f]{64}$/);
    expect(corpusFingerprint([...files].reverse(), null)).toBe(print);
    expect(corpusFingerprint([files[0], { name: 'a.txt', size: 6 }], null)).not.toBe(print);
    expect(corpusFingerprint(files, '[]')).not.toBe(print);
    expect(correctionsFingerprint(undefined)).toBe('none');
    expect(correctionsFingerprint([])).toBe('none');
  });
});
