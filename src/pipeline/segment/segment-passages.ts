// An article → passages: the sentences of its paragraphs, with offsets into the original text.
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
  for (const line of text.slice(bodyStart).matchAll(/[^\n]+/g)) {
    const lineStart = bodyStart + line.index;
    let cut = 0;
    let added = false;
    const push = (from: number, to: number) => {
      const piece = trimRange(text, lineStart + from, lineStart + to);
      if (piece && HAS_LETTER.test(text.slice(piece[0], piece[1]))) {
        passages.push({ text: text.slice(piece[0], piece[1]), start: piece[0], end: piece[1], paragraph });
        added = true;
      }
    };
    for (const m of line[0].matchAll(SENTENCE_END)) {
      if (m[0] === '.' && ABBREVIATION.test(line[0].slice(Math.max(0, m.index - 8), m.index))) continue;
      const end = m.index + m[0].length;
      push(cut, end);
      cut = end;
    }
    push(cut, line[0].length);
    if (added) paragraph++;
  }
  return passages;
}

function trimRange(text: string, start: number, end: number): [number, number] | null {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? [start, end] : null;
}
