// Cut a text into plain runs and mention runs, so mentions can be highlighted without any HTML.
export interface Mark {
  start: number;
  end: number;
  actorId: string;
  via: string;
  /** A mention of an actor the user selected (strong highlight) rather than any recognised actor. */
  focus: boolean;
}

export type Span = { text: string; mark: null } | { text: string; mark: Mark };

/**
 * Splits `text` at the marks. Marks are offsets into `text` ([start, end)); out-of-range parts are clipped,
 * and of overlapping marks the earlier (then the focused, then the longer) one wins.
 */
export function toHighlightSpans(text: string, marks: Mark[]): Span[] {
  const sorted = marks
    .map((m) => ({ ...m, start: Math.max(0, m.start), end: Math.min(text.length, m.end) }))
    .filter((m) => m.end > m.start)
    .sort((a, b) => a.start - b.start || Number(b.focus) - Number(a.focus) || b.end - a.end);
  const spans: Span[] = [];
  let at = 0;
  for (const m of sorted) {
    if (m.start < at) continue;
    if (m.start > at) spans.push({ text: text.slice(at, m.start), mark: null });
    spans.push({ text: text.slice(m.start, m.end), mark: m });
    at = m.end;
  }
  if (at < text.length || spans.length === 0) spans.push({ text: text.slice(at), mark: null });
  return spans;
}
