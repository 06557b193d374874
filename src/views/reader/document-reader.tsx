// One article in full: every recognised mention highlighted (and how it was resolved); the passage the user
// came from is scrolled to and highlighted. Its words and mentions can be corrected as in the passage list.
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/app-store';
import { documentMentions } from '../../store/select-documents';
import { HighlightedText } from '../shared/highlighted-text';
import { CorrectableText } from '../mentions/correctable-text';
import type { Mark } from '../shared/highlight-spans';
import { formatDay, publishedBasis, VIA_KINDS, viaLabel } from '../shared/format';
import { selectionActorIds } from '../../store/select-graph';

export default function DocumentReader() {
  const { t } = useTranslation('explorer');
  const reader = useAppStore((s) => s.reader);
  const index = useAppStore((s) => s.index);
  const selection = useAppStore((s) => s.selection);
  const target = useRef<HTMLSpanElement>(null);
  const doc = reader && index ? index.documentById.get(reader.documentId) : undefined;
  const passage = reader?.passageId && index ? index.passageById.get(reader.passageId) : undefined;

  const parts = useMemo(() => {
    if (!doc || !index) return [];
    const focus = new Set(selectionActorIds(index, selection));
    const marks: Mark[] = documentMentions(index, doc.id).map((m) => ({ ...m, focus: focus.has(m.actorId) }));
    const cuts = passage ? [0, passage.start, passage.end, doc.text.length] : [0, doc.text.length];
    const out: { text: string; start: number; marks: Mark[]; target: boolean }[] = [];
    for (let i = 0; i + 1 < cuts.length; i++) {
      const [a, b] = [cuts[i], cuts[i + 1]];
      out.push({
        text: doc.text.slice(a, b),
        start: a,
        marks: marks.filter((m) => m.start >= a && m.end <= b).map((m) => ({ ...m, start: m.start - a, end: m.end - a })),
        target: !!passage && a === passage.start,
      });
    }
    return out;
  }, [doc, passage, index, selection]);

  const passages = useMemo(
    () => (doc && index ? (index.passageIdsByDocument.get(doc.id) ?? []).map((id) => index.passageById.get(id)!) : []),
    [doc, index],
  );

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
        </ul>
      </details>
      <CorrectableText text={doc.text} passages={passages} className="reader-text" lang={doc.language} dir={doc.language === 'ar' ? 'rtl' : 'ltr'}>
        {parts.map((p, i) => {
          const text = <HighlightedText text={p.text} offset={p.start} marks={p.marks} actorById={index.actorById} showVia focusableMarks />;
          return p.target ? (
            <span key={i} ref={target} className="passage-target" data-testid="reader-target">
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
