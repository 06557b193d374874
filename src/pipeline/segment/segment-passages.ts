// An article → passages: the sentences of its paragraphs, with offsets into the original text. A paragraph is a line,
// or the lines of one where the text was hard-wrapped.
export interface SegmentedPassage {
  text: string;
  start: number;
  end: number;
  paragraph: number;
}

// A sentence ends at . ! ? ؟ (plus closing quotes or brackets), except a dot between digits (3.5, 10.03.2026).
const SENTENCE_END = /(?<!\d(?=\.\d))[.!?؟]+["'»”’)\]]*(?=\s|[^\d\s]|$)/gu;
const HAS_LETTER = /\p{L}/u;
// A dot after an initial or an abbreviation ends no sentence: "U.S. Secretary", "Lt. Gen.", "Mr. Dar", "Jan. 5".
const ABBREVIATION = /(?:^|[^\p{L}])(?:\p{Lu}|Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Maj|Col|Capt|Brig|Adm|Sgt|Sen|Rep|Gov|Amb|St|Jr|Sr|No|Vol|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc|Inc|Co|Corp|Ltd|H\.E|U\.N|U\.S|U\.K)$/u;

export function segmentPassages(text: string, bodyStart = 0): SegmentedPassage[] {
  const passages: SegmentedPassage[] = [];
  let paragraph = 0;
  for (const { text: block, start: blockStart } of paragraphsOf(text, bodyStart)) {
    let cut = 0;
    let added = false;
    const push = (from: number, to: number) => {
      const piece = trimRange(text, blockStart + from, blockStart + to);
      if (piece && HAS_LETTER.test(text.slice(piece[0], piece[1]))) {
        passages.push({ text: text.slice(piece[0], piece[1]), start: piece[0], end: piece[1], paragraph });
        added = true;
      }
    };
    for (const m of block.matchAll(SENTENCE_END)) {
      if (m[0] === '.' && ABBREVIATION.test(block.slice(Math.max(0, m.index - 8), m.index))) continue;
      const end = m.index + m[0].length;
      push(cut, end);
      cut = end;
    }
    push(cut, block.length);
    if (added) paragraph++;
  }
  return passages;
}

function trimRange(text: string, start: number, end: number): [number, number] | null {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? [start, end] : null;
}

interface Line {
  start: number;
  /** Where its line end is (or the text's end). */
  end: number;
  /** Its length without the spaces at its end. */
  length: number;
}

/** Written at the end of a sentence or a heading's label: a line that ends so was not broken for its width alone. */
const ENDS_SENTENCE = /[.!?؟:;؛]["'»”’)\]]*\s*$/u;
/** A hard-wrapped text has at least this many line ends inside sentences, and this share of its line ends. */
const MIN_WRAPPED_LINES = 3;
const MIN_WRAPPED_SHARE = 0.5;

/**
 * The paragraphs from `bodyStart`, with where each starts: its lines, but for text hard-wrapped at a width (pasted
 * from a PDF, an e-mail or a wire feed), whose lines are joined back into their paragraphs. (The line ends stay in the
 * text: a passage is always the article's own characters.)
 */
function paragraphsOf(text: string, bodyStart: number): { text: string; start: number }[] {
  const lines: Line[] = [];
  for (let start = bodyStart; start <= text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    lines.push({ start, end, length: text.slice(start, end).trimEnd().length });
    start = end + 1;
  }
  const soft = softLineEnds(text, lines);
  const paragraphs: { text: string; start: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i];
    while (soft.has(i)) i++;
    const paragraph = text.slice(first.start, lines[i].end);
    if (paragraph.trim()) paragraphs.push({ text: paragraph, start: first.start });
  }
  return paragraphs;
}

/**
 * The lines (by number) whose end is a wrap, not a paragraph's end: in a text whose lines were broken at a width, one
 * where the next line's first word would not have fit within the longest line. Read only where enough line ends fall
 * inside sentences: in an article written a paragraph a line, no line but the longest could pass, so none is joined.
 * (A line that ends a sentence is a wrap too where blank lines, not line ends, part the paragraphs.)
 */
function softLineEnds(text: string, lines: Line[]): Set<number> {
  const width = Math.max(0, ...lines.map((l) => l.length));
  const blankLines = lines.some((l, i) => l.length === 0 && i > 0 && i < lines.length - 1 && lines[i - 1].length > 0);
  const wraps = new Set<number>();
  let insideSentences = 0;
  let lineEnds = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const [line, next] = [lines[i], lines[i + 1]];
    if (line.length === 0 || next.length === 0) continue;
    lineEnds++;
    const nextWord = /^\s*(\S+)/u.exec(text.slice(next.start, next.end))?.[1] ?? '';
    if (line.length + 1 + nextWord.length <= width) continue;
    const endsSentence = ENDS_SENTENCE.test(text.slice(line.start, line.end));
    if (!endsSentence) insideSentences++;
    if (!endsSentence || blankLines) wraps.add(i);
  }
  return insideSentences >= MIN_WRAPPED_LINES && insideSentences >= MIN_WRAPPED_SHARE * lineEnds ? wraps : new Set();
}
