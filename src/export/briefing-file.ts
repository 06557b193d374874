// The offline briefing file: the single-file build of the app (dist/briefing-template.html, made by
// vite.briefing.config.ts) with the dataset and the saved views written into it.
import { toSlidesFile } from '../briefing/slides-file';
import type { Slide } from '../briefing/slides-store';
import type { Dataset } from '../schema/dataset';
import { EMBEDDED_DATASET_ID, EMBEDDED_SLIDES_ID } from './embedded-briefing';

export const BRIEFING_TEMPLATE_URL = 'briefing-template.html';

/**
 * A script element holding text as data. Escaping every "<" means no corpus text can end the element
 * ("</script>") or open a comment; JSON.parse reads \u003c back as "<".
 */
export function jsonScript(id: string, json: string): string {
  return `<script type="application/json" id="${id}">${json.replace(/</g, '\\u003c')}</script>`;
}

/** The template with the data added just before </body>, where the app's module script finds it at start-up. */
export function fillBriefingTemplate(template: string, dataset: Dataset, slides: Slide[]): string {
  const data = `${jsonScript(EMBEDDED_DATASET_ID, JSON.stringify(dataset))}\n${jsonScript(EMBEDDED_SLIDES_ID, toSlidesFile(slides))}\n`;
  // Plain slicing, not String.replace: a "$&" in the corpus must stay literal.
  const at = template.lastIndexOf('</body>');
  return at < 0 ? template + data : template.slice(0, at) + data + template.slice(at);
}

/** The template, or null when this build has none (the dev server, a build without `npm run build`). */
export async function fetchBriefingTemplate(): Promise<string | null> {
  const res = await fetch(BRIEFING_TEMPLATE_URL, { cache: 'no-cache' });
  if (!res.ok) return null;
  const text = await res.text();
  // A dev server answers unknown paths with the app's own page, whose scripts are separate files.
  return /<script[^>]*\ssrc=/i.test(text) ? null : text;
}
