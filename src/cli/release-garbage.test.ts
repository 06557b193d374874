import { releaseGarbage } from './release-garbage';

describe('releaseGarbage', () => {
  it('collects what is no longer referenced: 64 MB of dropped arrays leave the heap', async () => {
    await releaseGarbage(0);
    let junk: number[][] | null = Array.from({ length: 64 }, () => new Array<number>(131_072).fill(1.5));
    const held = process.memoryUsage().heapUsed;
    expect(junk.length).toBe(64);
    junk = null;
    await releaseGarbage(0);
    expect(held - process.memoryUsage().heapUsed).toBeGreaterThan(48 * 2 ** 20);
  });
});
