// Which lines of an article no passage covers: what the pipeline left out of its analysis (the web page's own lines
// around the article, a paragraph the article repeats). The reader greys them, so that a headline of another story
// that gave no event is seen to be left out, not missed.

/** The [start, end) of each line of `text` with words on it that no passage overlaps, in order. */
export function linesOutside(text: string, passages: readonly { start: number; end: number }[]): [number, number][] {
  const out: [number, number][] = [];
  for (const line of text.matchAll(/[^\n]+/g)) {
    const [start, end] = [line.index, line.index + line[0].length];
    if (!/\p{L}/u.test(line[0])) continue;
    if (!passages.some((p) => p.start < end && start < p.end)) out.push([start, end]);
  }
  return out;
}
