// The slide deck (PowerPoint, via pptxgenjs): a title slide, then one slide per saved view with its picture,
// title, caption and numbered, hyperlinked sources. Arabic views get right-to-left slides.
import type PptxGenJS from 'pptxgenjs';
import type { Citation } from '../briefing/citations';
import type { Dataset } from '../schema/dataset';
import type { UiLanguage } from '../store/view-state';
import { exportedOn, exportStrings } from './describe-view';
import type { Picture } from './render-sheet';
import { safeLink } from './safe-link';
import { embedded, paragraphLanguage } from './bidi-text';
import { citationLine, contentsLine, datasetFacts } from './deck-text';

export interface DeckSlide {
  title: string;
  caption: string;
  lang: UiLanguage;
  picture: Picture;
  citations: Citation[];
  /** What the analyst corrected of the slide's subject, one line each (viewCorrections): said under its sources. */
  corrections?: string[];
}

// LAYOUT_WIDE, in inches.
const SLIDE_W = 13.333;
const SLIDE_H = 7.5;
const MARGIN = 0.4;
const TITLE_H = 0.8;
const TEXT_COLUMN_W = 4.1;
const GAP = 0.25;
/** Sources beyond this many go on continuation slides, so none is cut off or shrunk unreadably. */
export const CITATIONS_PER_SLIDE = 12;

const FONT = 'Arial'; // has Arabic glyphs wherever PowerPoint runs
const TEXT = '1B2430';
const MUTED = '566070';
const ACCENT = '1D4E89';

/** Paragraph options for a language: Arabic reads right to left, aligned right. */
function direction(lang: UiLanguage): PptxGenJS.TextPropsOptions {
  return lang === 'ar' ? { rtlMode: true, align: 'right', lang: 'ar-SA' } : { align: 'left', lang: 'en-GB' };
}

/** The largest box of the picture's shape that fits in w × h, centred. */
export function containBox(picture: Picture, x: number, y: number, w: number, h: number) {
  const scale = Math.min(w / picture.width, h / picture.height);
  const fw = picture.width * scale;
  const fh = picture.height * scale;
  return { x: x + (w - fw) / 2, y: y + (h - fh) / 2, w: fw, h: fh };
}

/** Each run carries its paragraph's direction: pptxgenjs writes a paragraph's rtl="1" from its first run's options
 *  only, and LibreOffice then lays an Arabic line that starts with a digit or a Latin name out left to right. */
function inDirection(runs: PptxGenJS.TextProps[], lang: UiLanguage): PptxGenJS.TextProps[] {
  return runs.map((run) => ({ ...run, options: { ...direction(lang), ...run.options } }));
}

function citationParagraphs(citations: Citation[], lang: UiLanguage): PptxGenJS.TextProps[] {
  return citations.flatMap((c) => {
    const link = safeLink(c.url);
    const line = citationLine(c, lang);
    const runs: PptxGenJS.TextProps[] = [{ text: line.number, options: { bold: true } }, { text: line.text }];
    if (link) runs.push({ text: ' · ' }, { text: link, options: { hyperlink: { url: link, tooltip: link }, color: ACCENT } });
    runs[runs.length - 1].options = { ...runs[runs.length - 1].options, breakLine: true };
    return runs;
  });
}

function addTitle(slide: PptxGenJS.Slide, title: string, lang: UiLanguage) {
  slide.addText(title, {
    x: MARGIN,
    y: MARGIN / 2,
    w: SLIDE_W - 2 * MARGIN,
    h: TITLE_H,
    fontFace: FONT,
    fontSize: 26,
    bold: true,
    color: TEXT,
    valign: 'middle',
    ...direction(paragraphLanguage(title, lang)),
  });
}

function addSources(
  slide: PptxGenJS.Slide,
  citations: Citation[],
  lang: UiLanguage,
  box: { x: number; y: number; w: number; h: number },
  corrections: string[] = [],
) {
  const t = exportStrings(lang);
  const heading: PptxGenJS.TextProps = { text: t('sheet.sources'), options: { bold: true, fontSize: 13, color: TEXT, breakLine: true } };
  const body = citations.length ? citationParagraphs(citations, lang) : [{ text: t('sheet.noSources'), options: { italic: true } }];
  const corrected = corrections.map((line): PptxGenJS.TextProps => ({ text: line, options: { italic: true, breakLine: true } }));
  slide.addText(inDirection([heading, ...body, ...corrected], lang), {
    ...box,
    fontFace: FONT,
    fontSize: 10,
    color: MUTED,
    valign: 'top',
    paraSpaceAfter: 4,
    ...direction(lang),
  });
}

function addViewSlide(pptx: PptxGenJS, s: DeckSlide) {
  const slide = pptx.addSlide();
  addTitle(slide, s.title, s.lang);
  const top = MARGIN / 2 + TITLE_H + 0.15;
  const bodyH = SLIDE_H - top - MARGIN;
  const pictureW = SLIDE_W - 2 * MARGIN - TEXT_COLUMN_W - GAP;
  // The picture leads in the reading direction: on the left in English, on the right in Arabic.
  const rtl = s.lang === 'ar';
  const pictureX = rtl ? MARGIN + TEXT_COLUMN_W + GAP : MARGIN;
  const textX = rtl ? MARGIN : MARGIN + pictureW + GAP;
  slide.addImage({ data: s.picture.dataUrl, ...containBox(s.picture, pictureX, top, pictureW, bodyH), altText: s.title });
  const captionH = s.caption ? 1.9 : 0;
  if (s.caption)
    slide.addText(s.caption, {
      x: textX,
      y: top,
      w: TEXT_COLUMN_W,
      h: captionH,
      fontFace: FONT,
      fontSize: 14,
      color: TEXT,
      valign: 'top',
      ...direction(paragraphLanguage(s.caption, s.lang)),
    });
  const first = s.citations.slice(0, CITATIONS_PER_SLIDE);
  addSources(slide, first, s.lang, { x: textX, y: top + captionH, w: TEXT_COLUMN_W, h: bodyH - captionH }, s.corrections);
  for (let from = CITATIONS_PER_SLIDE; from < s.citations.length; from += CITATIONS_PER_SLIDE * 2) {
    const more = pptx.addSlide();
    addTitle(more, exportStrings(s.lang)('deckFile.sourcesContinued', { title: embedded(s.title, s.lang) }), s.lang);
    addSources(more, s.citations.slice(from, from + CITATIONS_PER_SLIDE * 2), s.lang, {
      x: MARGIN,
      y: top,
      w: SLIDE_W - 2 * MARGIN,
      h: bodyH,
    });
  }
}

function addTitleSlide(pptx: PptxGenJS, dataset: Dataset, slides: DeckSlide[], lang: UiLanguage) {
  const t = exportStrings(lang);
  const slide = pptx.addSlide();
  slide.addText(t('deckFile.title'), {
    x: MARGIN,
    y: 1.2,
    w: SLIDE_W - 2 * MARGIN,
    h: 1.2,
    fontFace: FONT,
    fontSize: 40,
    bold: true,
    color: ACCENT,
    ...direction(lang),
  });
  const facts = datasetFacts({ documents: dataset.documents.length, actors: dataset.actors.length, events: dataset.events.length }, lang);
  slide.addText(
    inDirection(
      [
        { text: facts, options: { breakLine: true } },
        { text: exportedOn(lang), options: { breakLine: true } },
      ],
      lang,
    ),
    { x: MARGIN, y: 2.5, w: SLIDE_W - 2 * MARGIN, h: 1, fontFace: FONT, fontSize: 18, color: MUTED, ...direction(lang) },
  );
  slide.addText(
    inDirection(
      [
        { text: t('deckFile.contents'), options: { bold: true, color: TEXT, breakLine: true } },
        ...slides.map((s, i) => ({ text: contentsLine(i + 1, s.title, lang), options: { breakLine: true } })),
      ],
      lang,
    ),
    { x: MARGIN, y: 3.8, w: SLIDE_W - 2 * MARGIN, h: 3.2, fontFace: FONT, fontSize: 16, color: MUTED, valign: 'top', ...direction(lang) },
  );
}

/** The deck as a .pptx file. */
export async function buildDeck(dataset: Dataset, slides: DeckSlide[], lang: UiLanguage): Promise<Blob> {
  const { default: PptxGen } = await import('pptxgenjs');
  const pptx = new PptxGen();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.rtlMode = lang === 'ar';
  pptx.title = exportStrings(lang)('deckFile.title');
  addTitleSlide(pptx, dataset, slides, lang);
  for (const s of slides) addViewSlide(pptx, s);
  return (await pptx.write({ outputType: 'blob' })) as Blob;
}
