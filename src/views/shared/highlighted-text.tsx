// Text with its mentions highlighted: React text nodes and <mark>s only, never HTML. Every run carries its offset
// (data-start) so that a selection in it maps back to offsets into the text, whatever the script or the marks.
import type { Actor } from '../../schema/dataset';
import { toHighlightSpans, type Mark } from './highlight-spans';
import { viaLabel } from './format';
import { uiText } from '../../i18n/ui-text';
import { isolate } from '../../i18n/bidi';
import { countryStyle } from './palette';

interface Props {
  text: string;
  marks: Mark[];
  actorById: Map<string, Actor>;
  /** Show how each mention was resolved (the reader does; passages keep it in the tooltip). */
  showVia?: boolean;
  /** Where `text` begins in the text its offsets are counted in (a passage within its document). */
  offset?: number;
  /** The marks take the focus (where they can be corrected). */
  focusableMarks?: boolean;
}

export function HighlightedText({ text, marks, actorById, showVia = false, offset = 0, focusableMarks = false }: Props) {
  let at = offset;
  return (
    <>
      {toHighlightSpans(text, marks).map((s, i) => {
        const start = at;
        at += s.text.length;
        if (!s.mark) return <span key={i} data-start={start}>{s.text}</span>;
        const actor = actorById.get(s.mark.actorId);
        const name = actor ? `${isolate(actor.name.en)} · ${isolate(actor.name.ar)}` : s.mark.actorId;
        return (
          <mark
            key={i}
            className={`mention via-${s.mark.via}${s.mark.focus ? ' is-focus' : ''}${showVia ? ' show-via' : ''}`}
            style={{ ['--actor-color' as string]: countryStyle(actor?.country ?? null).color }}
            title={s.mark.via === 'analyst' ? uiText('addedByAnalyst', { ns: 'mentions', name }) : uiText('passages.matchedBy', { name, how: viaLabel(s.mark.via) })}
            data-actor={s.mark.actorId}
            data-via={s.mark.via}
            data-start={start}
            {...(focusableMarks ? { tabIndex: 0, 'aria-haspopup': 'dialog' as const } : {})}
          >
            {s.text}
          </mark>
        );
      })}
    </>
  );
}
