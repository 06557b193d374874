// Text with its mentions highlighted: React text nodes and <mark>s only, never HTML.
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
}

export function HighlightedText({ text, marks, actorById, showVia = false }: Props) {
  return (
    <>
      {toHighlightSpans(text, marks).map((s, i) => {
        if (!s.mark) return <span key={i}>{s.text}</span>;
        const actor = actorById.get(s.mark.actorId);
        const name = actor ? `${isolate(actor.name.en)} · ${isolate(actor.name.ar)}` : s.mark.actorId;
        return (
          <mark
            key={i}
            className={`mention via-${s.mark.via}${s.mark.focus ? ' is-focus' : ''}${showVia ? ' show-via' : ''}`}
            style={{ ['--actor-color' as string]: countryStyle(actor?.country ?? null).color }}
            title={uiText('passages.matchedBy', { name, how: viaLabel(s.mark.via) })}
            data-actor={s.mark.actorId}
          >
            {s.text}
          </mark>
        );
      })}
    </>
  );
}
