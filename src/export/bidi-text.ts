// Text that mixes scripts, made to read in its logical order wherever it lands: a sentence of the interface, a
// toast, a slide opened in PowerPoint or LibreOffice. Names, titles, dates and file names are set apart from the
// line around them, so that their digits, brackets and Latin letters neither join it nor split when a line wraps.

/** Right-to-Left Embedding … Pop Directional Formatting: for presentation programs (see `embedded`). */
const RLE = '\u202b';
const PDF = '\u202c';
/** Left-to-right mark: an invisible Latin letter for the bidi algorithm. */
const LRM = '\u200e';


const startsRightToLeft = (text: string) => /^[^\p{L}]*[\p{Script=Arabic}\p{Script=Hebrew}]/u.test(text);
const startsLeftToRight = (text: string) => /^[^\p{L}]*[\p{L}]/u.test(text) && !startsRightToLeft(text);

/** The direction a paragraph of user text (a slide's title or caption) takes: its first letter's, else `lang`'s. */
export function paragraphLanguage(text: string, lang: 'en' | 'ar'): 'en' | 'ar' {
  return startsRightToLeft(text) ? 'ar' : startsLeftToRight(text) ? 'en' : lang;
}

/**
 * `text` as one unit in a slide's line of `lang`. LibreOffice Impress 7.4 does not know the isolates: with FSI … PDI
 * it scrambled a contents line and drew a mixed-script outlet over itself. An RLE … PDF embedding came out right
 * around any piece of an Arabic line, and around an Arabic-first piece of an English line; a Latin-first piece of
 * an English line is best left bare (a left-to-right embedding there broke the line again). In an English line an
 * LRM after the embedding keeps what follows (" · 11 Oct") from being drawn into it. Checked by converting decks
 * to PDF (scripts/check-decks.sh).
 */
export function embedded(text: string, lang: 'en' | 'ar'): string {
  if (lang === 'ar') return `${RLE}${text}${PDF}`;
  return startsRightToLeft(text) ? `${RLE}${text}${PDF}${LRM}` : text;
}
