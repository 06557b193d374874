// The offline briefing file: the single-file build of the app (dist/briefing-template.html, made by
// vite.briefing.config.ts) with the dataset and the saved views written into it.
import { toSlidesFile } from '../briefing/slides-file';
import type { Slide } from '../briefing/slides-store';
import type { Dataset } from '../schema/dataset';
import type { ViewState } from '../store/view-state';
import { defaultView, encodeView } from '../url/view-url';
import { EMBEDDED_DATASET_ID, EMBEDDED_SLIDES_ID } from './embedded-briefing';

export const BRIEFING_TEMPLATE_URL = 'briefing-template.html';

/** What a briefing file opens with: the language, names and theme it was exported in. */
export type OpeningPreferences = Pick<ViewState, 'uiLanguage' | 'nameLanguage' | 'theme'>;

/**
 * A script element holding text as data. Escaping every "<" means no corpus text can end the element
 * ("</script>") or open a comment; JSON.parse reads \u003c back as "<".
 */
export function jsonScript(id: string, json: string): string {
  return `<script type="application/json" id="${id}">${json.replace(/</g, '\\u003c')}</script>`;
}

/**
 * A script run while the page is parsed, before the app's module (which reads the view from the address): it adds
 * the exporter's language, names and theme to the address unless the address already sets them, and leaves the
 * address as written otherwise. The app then opens in them, its address bar and Copy link included.
 */
export function openingScript(preferences: OpeningPreferences): string {
  const query = JSON.stringify(encodeView({ ...defaultView(), ...preferences }).toString()).replace(/</g, '\\u003c');
  const body =
    `var s=location.search,a=new URLSearchParams(s),add=[];` +
    `new URLSearchParams(${query}).forEach(function(v,k){if(!a.has(k))add.push(k+'='+encodeURIComponent(v))});` +
    `if(add.length)history.replaceState(history.state,'',location.pathname+(s?s+'&':'?')+add.join('&')+location.hash);`;
  return `<script>(function(){${body}})()</script>`;
}

/** The template with the data added just before </body>, where the app's module script finds it at start-up. */
export function fillBriefingTemplate(template: string, dataset: Dataset, slides: Slide[], preferences: OpeningPreferences): string {
  const data = [
    jsonScript(EMBEDDED_DATASET_ID, JSON.stringify(dataset)),
    jsonScript(EMBEDDED_SLIDES_ID, toSlidesFile(slides)),
    openingScript(preferences),
    '',
  ].join('\n');
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
