import { buildFailure, parseFormats, parseSize, parseSizes, targetChecks, targetLine } from '../../bench/scale-figures';

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
    expect(checks.map((c) => [c.name, c.verdict])).toEqual([
      ['build', 'ok'],
      ['peak RSS', 'OVER'],
      ['first render', 'OVER'],
      ['click actor→passages p95', 'OVER'],
      ['window→graph p95', 'ok'],
      ['JS heap', 'ok'],
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

  it('says a build that failed within the time FAILED, with why, never ok', () => {
    const oom = [
      'error: Out of Memory Error: failed to allocate data of size 16.0 MiB (942.1 MiB/953.6 MiB used)',
      'Possible solutions:',
      '* Reducing the number of threads (SET threads=X)',
      'See also https://duckdb.org/docs/stable/guides/performance/how_to_tune_workloads',
    ].join('\n');
    const failed = buildFailure({ exitCode: 1, signal: null, outputTail: oom });
    expect(failed).toBe('exit code 1: Out of Memory Error: failed to allocate data of size 16.0 MiB (942.1 MiB/953.6 MiB used)');
    expect(targetLine(targetChecks({ buildSeconds: 1759, peakRss: 2557 * 2 ** 20, buildFailed: failed! }))).toBe(
      `build FAILED after 29.3 min (${failed}) · peak RSS 2557 MB > 2048 MB OVER · first render not measured · JS heap not measured`,
    );
    // Under the target until it failed: the peak of a build that did not finish says nothing of one that does.
    expect(targetLine(targetChecks({ buildSeconds: 60, peakRss: 2 ** 30, buildFailed: 'ended by SIGKILL' })).split(' · ').slice(0, 2)).toEqual([
      'build FAILED after 60 s (ended by SIGKILL)',
      'peak RSS 1024 MB until the build failed, not judged',
    ]);
  });

  it('tells a build that finished from one that failed', () => {
    expect(buildFailure({ exitCode: 0, signal: null, outputTail: 'written: dataset' })).toBeNull();
    expect(buildFailure({ exitCode: null, signal: 'SIGKILL', outputTail: '' })).toBe('ended by SIGKILL');
    expect(buildFailure({ exitCode: 1, signal: null, outputTail: 'Segmentation fault' })).toBe('exit code 1: Segmentation fault');
  });
});
