// One article in full: every recognised mention highlighted (and how it was resolved); the passage the user
// came from is scrolled to and highlighted; the lines the pipeline left out (what the web page added around the
// article, a paragraph it repeats) greyed. Its words and mentions can be corrected as in the passage list.
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/app-store';
import { documentMentions } from '../../store/select-documents';
import { HighlightedText } from '../shared/highlighted-text';
import { CorrectableText } from '../mentions/correctable-text';
import type { Mark } from '../shared/highlight-spans';
import { formatDay, publishedBasis, VIA_KINDS, viaLabel } from '../shared/format';
import { selectionActorIds } from '../../store/select-graph';
import { selectAnswersLater } from '../../store/select-source';
import { linesOutside } from '../shared/lines-outside';

export default function DocumentReader() {
  const { t } = useTranslation('explorer');
  const reader = useAppStore((s) => s.reader);
  const index = useAppStore((s) => s.index);
  const selection = useAppStore((s) => s.selection);
  const target = useRef<HTMLSpanElement>(null);
  const doc = reader && index ? index.documentById.get(reader.documentId) : undefined;
  const passage = reader?.passageId && index ? index.passageById.get(reader.passageId) : undefined;
  // A folder's source holds the passages read so far only: which lines have none is known for a dataset held whole.
  const allPassagesHeld = !useAppStore(selectAnswersLater);

  const passages = useMemo(
    () => (doc && index ? (index.passageIdsByDocument.get(doc.id) ?? []).map((id) => index.passageById.get(id)!) : []),
    [doc, index],
  );

  const parts = useMemo(() => {
    if (!doc || !index) return [];
    const focus = new Set(selectionActorIds(index, selection));
    const marks: Mark[] = documentMentions(index, doc.id).map((m) => ({ ...m, focus: focus.has(m.actorId) }));
    const leftOut = allPassagesHeld ? linesOutside(doc.text, passages) : [];
    const cuts = [...new Set([0, doc.text.length, ...(passage ? [passage.start, passage.end] : []), ...leftOut.flat()])].sort((a, b) => a - b);
    const out: { text: string; start: number; marks: Mark[]; target: boolean; leftOut: boolean }[] = [];
    for (let i = 0; i + 1 < cuts.length; i++) {
      const [a, b] = [cuts[i], cuts[i + 1]];
      out.push({
        text: doc.text.slice(a, b),
        start: a,
        marks: marks.filter((m) => m.start >= a && m.end <= b).map((m) => ({ ...m, start: m.start - a, end: m.end - a })),
        target: !!passage && a === passage.start,
        leftOut: leftOut.some(([s, e]) => a >= s && b <= e),
      });
    }
    return out;
  }, [doc, passage, passages, index, selection, allPassagesHeld]);

  useEffect(() => {
    target.current?.scrollIntoView?.({ block: 'center' });
  }, [doc, passage]);

  if (!doc || !index) return null;
  return (
    <article className="reader" aria-label={t('reader.label', { title: doc.title ?? doc.file })}>
      <header className="reader-head">
        <button type="button" className="btn" onClick={() => useAppStore.getState().closeDocument()}>
          {t('reader.back')}
        </button>
        <div>
          <h2 dir="auto" lang={doc.language}>
            {doc.title ?? doc.file}
          </h2>
          <p className="meta">
            <span dir="auto">{doc.source ?? t('passages.unknownOutlet')}</span>
            <span>
              {formatDay(doc.published)} <span className="muted">({publishedBasis(doc.publishedBasis)})</span>
            </span>
            {doc.url && <span className="muted small">{doc.url}</span>}
          </p>
        </div>
      </header>
      <details className="via-key">
        <summary>{t('reader.howRecognised')}</summary>
        <ul>
          {VIA_KINDS.map((via) => (
            <li key={via}>
              <mark className={`mention show-via via-${via}`}>{t(`via.name.${via}`)}</mark> {viaLabel(via)}
            </li>
          ))}
          {allPassagesHeld && (
            <li>
              <span className="left-out">{t('reader.leftOutSample')}</span> {t('reader.leftOut')}
            </li>
          )}
        </ul>
      </details>
      <CorrectableText text={doc.text} passages={passages} className="reader-text" lang={doc.language} dir={doc.language === 'ar' ? 'rtl' : 'ltr'}>
        {parts.map((p, i) => {
          const text = <HighlightedText text={p.text} offset={p.start} marks={p.marks} actorById={index.actorById} showVia focusableMarks />;
          if (p.target) {
            return (
              <span key={i} ref={target} className="passage-target" data-testid="reader-target">
                {text}
              </span>
            );
          }
          return p.leftOut ? (
            <span key={i} className="left-out" title={t('reader.leftOutTitle')}>
              {text}
            </span>
          ) : (
            <span key={i}>{text}</span>
          );
        })}
      </CorrectableText>
    </article>
  );
}
