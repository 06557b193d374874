import { parseFormats, parseSize, parseSizes, targetChecks, targetLine } from '../../bench/scale-figures';

describe('bench:scale arguments', () => {
  it('reads sizes written with k and M', () => {
    expect(parseSizes('10k,100k,1M')).toEqual([10_000, 100_000, 1_000_000]);
    expect(parseSize('2500')).toBe(2500);
    expect(parseSize('1.5k')).toBe(1500);
  });

  it('names a size or a format it cannot read', () => {
    expect(() => parseSize('ten')).toThrow('not a corpus size: "ten"');
    expect(() => parseSize('0')).toThrow('not a whole, positive number of articles: "0"');
    expect(() => parseFormats('json,parquet')).toThrow('not an output format: "parquet" (one of json, folder)');
    expect(parseFormats('folder,json')).toEqual(['folder', 'json']);
  });
});

describe('bench:scale targets', () => {
  it('says which figures meet the 1M targets and which are over', () => {
    const checks = targetChecks({
      buildSeconds: 95,
      peakRss: 3 * 2 ** 30,
      renderRatio: 8.5,
      p95: { 'click actor→passages': 710, 'window→graph': 40 },
      heap: 289 * 2 ** 20,
    });
    expect(checks.map((c) => [c.name, c.met])).toEqual([
      ['build', true],
      ['peak RSS', false],
      ['first render', false],
      ['click actor→passages p95', false],
      ['window→graph p95', true],
      ['JS heap', true],
    ]);
    expect(targetLine(checks)).toBe(
      'build 95 s ≤ 30.0 min ok · peak RSS 3072 MB > 2048 MB OVER · first render 8.50× > 2.00× OVER · ' +
        'click actor→passages p95 710 ms > 150 ms OVER · window→graph p95 40 ms ≤ 150 ms ok · JS heap 289 MB ≤ 300 MB ok',
    );
  });

  it('says what was not measured when a size could not be opened', () => {
    const line = targetLine(targetChecks({ buildSeconds: 1900, peakRss: 2 ** 30 }));
    expect(line).toBe('build 31.7 min > 30.0 min OVER · peak RSS 1024 MB ≤ 2048 MB ok · first render not measured · JS heap not measured');
  });
});
