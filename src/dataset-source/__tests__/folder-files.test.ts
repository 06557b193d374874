import { recentRanges } from '../folder-files';

/** A 1 MB file that counts the ranges read from it. */
function countedFile() {
  const reads: string[] = [];
  return {
    reads,
    file: { byteLength: 1 << 20, slice: async (start: number, end?: number) => (reads.push(`${start}-${end}`), new ArrayBuffer((end ?? 1 << 20) - start)) },
  };
}

describe('recentRanges', () => {
  it('reads a range once while it is among the recent ones, and forgets the oldest past the limit', async () => {
    const { reads, file } = countedFile();
    const cached = recentRanges(file, 250_000);
    await cached.slice(0, 100_000);
    await cached.slice(100_000, 200_000);
    await cached.slice(0, 100_000); // kept: now the most recent
    expect(reads).toEqual(['0-100000', '100000-200000']);
    await cached.slice(200_000, 300_000); // past 250 KB: 100000-200000 is the oldest, and goes
    await cached.slice(0, 100_000);
    await cached.slice(100_000, 200_000);
    expect(reads).toEqual(['0-100000', '100000-200000', '200000-300000', '100000-200000']);
  });

  it('reads a small file whole, once', async () => {
    const reads: string[] = [];
    const small = recentRanges({ byteLength: 1000, slice: async (s, e) => (reads.push(`${s}-${e}`), new ArrayBuffer((e ?? 1000) - s)) });
    await small.slice(0, 10);
    await small.slice(500, 1000);
    expect(reads).toEqual(['0-1000']);
  });
});
