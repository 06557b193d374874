// Text with its mentions highlighted: React text nodes and <mark>s only, never HTML.
import type { Actor } from '../../schema/dataset';
import { toHighlightSpans, type Mark } from './highlight-spans';
import { VIA_LABEL } from './format';
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
        const name = actor ? `${actor.name.en} · ${actor.name.ar}` : s.mark.actorId;
        const how = VIA_LABEL[s.mark.via] ?? s.mark.via;
        return (
          <mark
            key={i}
            className={`mention via-${s.mark.via}${s.mark.focus ? ' is-focus' : ''}${showVia ? ' show-via' : ''}`}
            style={{ ['--actor-color' as string]: countryStyle(actor?.country ?? null).color }}
            title={`${name} — matched by ${how}`}
            data-actor={s.mark.actorId}
          >
            {s.text}
          </mark>
        );
      })}
    </>
  );
}
