// Between the DOM and the text: a selection's boundaries become offsets into the text through the runs' data-start
// (HighlightedText), never by searching the string (the same words may occur twice, marks split the runs), and
// offsets become a DOM range again for the keyboard's selection.

/** The runs of a rendered text, in order: each one text node, starting at its data-start. */
function runs(root: Element): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('[data-start]')];
}

const runStart = (run: HTMLElement) => Number(run.dataset.start);
const runEnd = (run: HTMLElement) => runStart(run) + (run.textContent ?? '').length;

/** The offset of a DOM boundary point (node, offset) in the root's text. */
export function boundaryOffset(root: Element, node: Node, offset: number): number {
  const all = runs(root);
  if (!all.length) return 0;
  for (const run of all) {
    if (node.nodeType === Node.TEXT_NODE && run.contains(node)) return Math.min(runStart(run) + offset, runEnd(run));
    if (node === run) return offset === 0 ? runStart(run) : runEnd(run);
  }
  // A point between runs (on the root, or outside it): the first run at or after it starts there.
  const point = document.createRange();
  point.setStart(node, offset);
  const next = all.find((run) => point.comparePoint(run, 0) >= 0);
  return next ? runStart(next) : runEnd(all[all.length - 1]);
}

/** The part of the selection inside the root, as [start, end) offsets of its text; null when none of it is. */
export function selectionOffsets(root: Element, selection: Selection | null): { start: number; end: number } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!range.intersectsNode(root)) return null;
  const all = runs(root);
  if (!all.length) return null;
  const start = root.contains(range.startContainer) ? boundaryOffset(root, range.startContainer, range.startOffset) : runStart(all[0]);
  const end = root.contains(range.endContainer) ? boundaryOffset(root, range.endContainer, range.endOffset) : runEnd(all[all.length - 1]);
  return end > start ? { start, end } : null;
}

const EDGE = /[\s\p{P}\p{S}]/u;

/** [start, end) without the spaces and punctuation around the words (quotes, commas, «», ، …). */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && EDGE.test(text[start])) start++;
  while (end > start && EDGE.test(text[end - 1])) end--;
  return { start, end };
}

/** The DOM boundary point at an offset of the root's text (the end of a run rather than the start of the next). */
export function pointAt(root: Element, at: number): [Node, number] | null {
  const run = runs(root).find((r) => runStart(r) <= at && at <= runEnd(r) && r.firstChild);
  return run ? [run.firstChild!, at - runStart(run)] : null;
}

// Made on first use (a Shift+arrow in a passage), not when the module loads: the first Intl.Segmenter loads ICU's
// break data, ~15-50 ms of a cold first render that steps through no text.
const segmenters = new Map<Intl.SegmenterOptions['granularity'], Intl.Segmenter>();
function segmenter(granularity: 'grapheme' | 'word'): Intl.Segmenter {
  let made = segmenters.get(granularity);
  if (!made) segmenters.set(granularity, (made = new Intl.Segmenter(undefined, { granularity })));
  return made;
}

/**
 * The offset one letter (with its combining marks) or one word on from `at`, forwards in the text's order
 * (which is leftwards in Arabic); a word step lands after the word going forwards, before it going back.
 */
export function stepOffset(text: string, at: number, forward: boolean, byWord: boolean): number {
  const segments = [...segmenter(byWord ? 'word' : 'grapheme').segment(text)].filter((s) => !byWord || s.isWordLike);
  if (forward) {
    const next = segments.find((s) => s.index + s.segment.length > at);
    return next ? next.index + next.segment.length : text.length;
  }
  const previous = segments.findLast((s) => s.index < at);
  return previous ? previous.index : 0;
}
