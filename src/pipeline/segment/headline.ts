// A headline the analyst pasted over the article («بزشكيان يلتقي بوتين …» above «عشق آباد - يبحث الرئيس …»). It
// restates the lead, on no day of its own: read as the article's first passage, its contact fell on the publication
// day beside the lead's, and the lead and the dateline («أبوظبي - وام:», "ANKARA, Sept 18 (…) -") were no longer
// first (`npm run eval -- --perturb with-headline`: dev 2173 of 2314 contacts found, heldout 1630 of 1715).

/** A sentence's end, or a label's colon, closing a line (with a closing quote or bracket after it). */
const ENDS_SENTENCE = /[.!?؟:]["'»”’)\]]*$/u;
const MAX_HEADLINE = 160;

/**
 * Whether the article's first passage, as written (`text`, followed in the article by `after`), reads as a headline:
 * one line of two words or more, short, with no sentence's end (not the first lines of a hard-wrapped paragraph,
 * which make one passage), set apart from what follows by a blank line. (In text written a paragraph a line, a first
 * line with no full stop may as well be the lead cut short: it is read as a passage.)
 */
export function readsAsHeadline(text: string, after: string): boolean {
  return text.length <= MAX_HEADLINE && !text.includes('\n') && /\S\s+\S/u.test(text) && !ENDS_SENTENCE.test(text) && /^[ \t]*\n[ \t]*\n/.test(after);
}
