// A headline the analyst pasted over the article («بزشكيان يلتقي بوتين …» above «عشق آباد - يبحث الرئيس …»). It
// restates the lead, on no day of its own: read as the article's first passage, its contact fell on the publication
// day beside the lead's, and the lead and the dateline («أبوظبي - وام:», "ANKARA, Sept 18 (…) -") were no longer
// first (`npm run eval -- --perturb with-headline`: dev 2173 of 2314 contacts found, heldout 1630 of 1715).

/** A sentence's end, or a label's colon, closing a line (with a closing quote or bracket after it). */
const ENDS_SENTENCE = /[.!?؟:]["'»”’)\]]*$/u;
/** A full stop closing a line, with a closing quote or bracket after it (a lead's end). */
const SENTENCE_END = /[.!?؟]["'»”’)\]]*$/u;
const MAX_HEADLINE = 160;
/** A lead under a headline is a whole sentence, half as long again as the headline at least. */
const MIN_LEAD = 80;
const LEAD_TO_HEADLINE = 1.5;

/**
 * Whether the article's first passage, as written (`text`, followed in the article by `after` and then by the
 * passage `next`), reads as a headline: one line of two words or more, short, with no sentence's end (not the first
 * lines of a hard-wrapped paragraph, which make one passage), set apart from what follows by a blank line; or, in
 * text written a paragraph a line (a page copied whole: «بزشكيان وبوتين يشيدان …» over its lead), by a line break
 * before a paragraph that ends its sentence and is well longer than it (a lead cut short at its line's end would go
 * on in the line after, in English in lower case).
 */
export function readsAsHeadline(text: string, after: string, next: string): boolean {
  if (text.length > MAX_HEADLINE || text.includes('\n') || !/\S\s+\S/u.test(text) || ENDS_SENTENCE.test(text) || PHOTO_CREDIT_END.test(text)) return false;
  if (/^[ \t]*\n[ \t]*\n/.test(after)) return true;
  const lead = next.split('\n', 1)[0].trimEnd();
  return /^[ \t]*\n/.test(after) && lead.length >= Math.max(MIN_LEAD, LEAD_TO_HEADLINE * text.length) && SENTENCE_END.test(lead) && !/^\p{Ll}/u.test(lead);
}

/** A photo's caption over the article ends on its credit in brackets ("… at the Kremlin on Wednesday [Pool via
 *  Reuters]", «… (رويترز)»): it tells what the picture shows, a contact with its day. */
const PHOTO_CREDIT_END = /[[(][^\])]*(?:reuters|afp|\bap\b|getty|epa|pool|photo|file|anadolu|xinhua|tass|sputnik|رويترز|فرانس برس|أ ف ب|الأناضول|أرشيفية|صورة)[^\])]*[\])]\s*$/iu;
