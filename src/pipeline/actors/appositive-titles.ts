// "Iran's foreign minister, Abbas Araghchi", "the chief of staff of the armed forces, Maj. Gen. Mohammad Bagheri": in
// English, a title set before the name it describes, a comma between. The name says who holds it; the title alone
// would name the office-holder the registry has for the day, who may be another (an acting minister, a predecessor)
// or of another country. (Arabic writes a title and its name without a comma; a comma there parts a list.)

/** Ranks and styles that may stand between the comma and the name. */
const RANK = String.raw`(?:(?:Maj|Gen|Lt|Col|Brig|Adm|Capt|Cmdr|Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Amb)\.?|Major|General|Lieutenant|Colonel|Brigadier|Admiral|Ambassador|Sheikh|Sheikha|Prince|Princess|Sir|Dame|Datuk|Seri|Tan|Sri|HE|H\.E\.)`;
/** The rest of a long title, in capitals, before its comma: "Minister of State at the Ministry of Foreign Affairs". */
const TITLE_TAIL = String.raw`(?:\s+(?:at|of|for|to|in)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:of|for|and|the|\p{Lu}[\p{L}'’-]*)){0,6})?`;
const APPOSITION = new RegExp(String.raw`^${TITLE_TAIL}\s*,\s*(?:${RANK}\s+){0,3}$`, 'u');

/** How a mention was found that names a person by a name ("Abbas Araghchi"), not by a title or a pronoun. */
const BY_NAME = new Set(['full_name', 'alias', 'discovered', 'spelling']);

interface Found {
  actorId: string | null;
  start: number;
  end: number;
  via: string;
}

/** The mentions of a passage's `text` without the titles whose holder a name right after them gives. */
export function withoutTitlesBeforeTheirName<M extends Found>(text: string, mentions: M[]): M[] {
  return mentions.filter((m, i) => {
    const next = mentions[i + 1];
    if (m.via !== 'role' || !next || !BY_NAME.has(next.via) || next.actorId === m.actorId || !/[a-z]/i.test(text.slice(m.start, m.end))) return true;
    return !APPOSITION.test(text.slice(m.end, next.start));
  });
}
