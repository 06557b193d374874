// The edit dialog's body for an event the pipeline missed: the passages that report it (as they are, read-only),
// then the event's fields, its participants first guessed from the actors those passages mention and its day from
// the article's publication day. It is saved as one 'event.add', once it has a type, a participant and a passage.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/app-store';
import type { DatasetIndex } from '../../store/dataset-index';
import { addedEventId } from '../../pipeline/corrections/correct-corpus';
import { formatDay } from '../shared/format';
import { addRequest, problemsOfNewEvent, type DraftProblem, type EventDraft } from './event-draft';
import { EventFields } from './event-fields';
import { ReasonField } from './reason-field';
import { saveCorrection } from './save-correction';

function draftOfPassages(index: DatasetIndex, passageIds: string[]): EventDraft {
  const first = index.passageById.get(passageIds[0] ?? '');
  return {
    type: null,
    day: (first && index.documentById.get(first.documentId)?.published) ?? '',
    precision: 'day',
    participants: [...new Set(passageIds.flatMap((id) => index.actorIdsByPassage.get(id) ?? []))],
    location: '',
    planned: false,
  };
}

export function NewEventForm({ passageIds }: { passageIds: string[] }) {
  const { t } = useTranslation('edit');
  const index = useAppStore((s) => s.index)!;
  const passages = passageIds.flatMap((id) => index.passageById.get(id) ?? []);
  const cited = passages.map((p) => p.id);
  const [reason, setReason] = useState('');
  const [draft, setDraft] = useState(() => draftOfPassages(index, cited));
  const [problems, setProblems] = useState<DraftProblem[]>([]);
  const save = (e: FormEvent) => {
    e.preventDefault();
    const missing = problemsOfNewEvent(draft, cited);
    setProblems(missing);
    if (missing.length > 0 || !draft.type) return;
    const id = saveCorrection(addRequest({ ...draft, type: draft.type }, cited, reason));
    useAppStore.getState().selectEvent(addedEventId(id));
  };
  return (
    <form className="edit-section" onSubmit={save}>
      <section className="edit-cited" aria-label={t('newEvent.cited')}>
        <h3>{t('newEvent.cited')}</h3>
        {passages.length === 0 && <p className="small">{t('problem.passages')}</p>}
        {passages.map((p) => {
          const doc = index.documentById.get(p.documentId);
          return (
            <figure key={p.id} className="edit-passage">
              <blockquote dir="auto" lang={doc?.language}>
                {p.text}
              </blockquote>
              <figcaption className="muted small" dir="auto">
                {[doc?.title ?? doc?.file, doc?.source, doc?.published && formatDay(doc.published)].filter(Boolean).join(' · ')}
              </figcaption>
            </figure>
          );
        })}
      </section>
      <EventFields draft={draft} onChange={setDraft} />
      <ReasonField value={reason} onChange={setReason} />
      {problems.length > 0 && (
        <ul className="edit-problems" role="alert">
          {problems.map((p) => (
            <li key={p}>{t(`problem.${p}`)}</li>
          ))}
        </ul>
      )}
      <div className="edit-actions">
        <button type="submit" className="btn primary">
          {t('newEvent.save')}
        </button>
      </div>
    </form>
  );
}
