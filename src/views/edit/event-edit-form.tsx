// The edit dialog's body for an event: its fields (one 'event.edit' with what changed), "Merge with…" another event
// of the dataset, and "Delete event" after a confirmation.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatasetEvent } from '../../schema/dataset';
import { useAppStore } from '../../store/app-store';
import { eventTitle } from '../shared/format';
import { anchorOfEvent, draftOfEvent, editRequest, withReason } from './event-draft';
import { EventFields } from './event-fields';
import { eventOptions } from '../shared/pick-options';
import { ReasonField } from './reason-field';
import { saveCorrection } from './save-correction';
import { SearchablePick } from './searchable-pick';
import { SaveRow } from './save-row';

export function EventEditForm({ event }: { event: DatasetEvent }) {
  const { t } = useTranslation('edit');
  const [reason, setReason] = useState('');
  const [before] = useState(() => draftOfEvent(event));
  const [draft, setDraft] = useState(before);
  const [unchanged, setUnchanged] = useState(false);
  const save = (e: FormEvent) => {
    e.preventDefault();
    const request = editRequest(event, before, draft, reason);
    if (request) saveCorrection(request);
    else setUnchanged(true);
  };
  return (
    <>
      <ReasonField value={reason} onChange={setReason} />
      <form className="edit-section" onSubmit={save}>
        <EventFields
          draft={draft}
          onChange={(next) => {
            setUnchanged(false);
            setDraft(next);
          }}
        />
        <SaveRow label={t('event.save')} unchanged={unchanged} />
      </form>
      <MergeEvent event={event} reason={reason} />
      <DeleteEvent event={event} reason={reason} />
    </>
  );
}

function MergeEvent({ event, reason }: { event: DatasetEvent; reason: string }) {
  const { t } = useTranslation('edit');
  const index = useAppStore((s) => s.index)!;
  const lang = useAppStore((s) => s.nameLanguage);
  const [into, setInto] = useState<string | null>(null);
  const target = into ? index.eventById.get(into) : undefined;
  return (
    <section className="edit-section">
      <h3>{t('event.mergeHeading')}</h3>
      <p className="small">{t('event.mergeHint')}</p>
      <SearchablePick label={t('event.mergePick')} options={eventOptions(index, event, lang)} onPick={setInto} picked={into} />
      {target && (
        <div className="edit-confirm">
          <p className="small" dir="auto">
            {t('event.mergeConfirm', { into: '\u2068' + eventTitle(index, target, lang) + '\u2069' })}
          </p>
          <button type="button" className="btn primary" onClick={() => saveCorrection({ kind: 'event.merge', event: anchorOfEvent(event), into: anchorOfEvent(target), ...withReason(reason) })}>
            {t('event.merge')}
          </button>
        </div>
      )}
    </section>
  );
}

function DeleteEvent({ event, reason }: { event: DatasetEvent; reason: string }) {
  const { t } = useTranslation('edit');
  const [confirming, setConfirming] = useState(false);
  return (
    <section className="edit-section is-stressed">
      <h3>{t('event.deleteHeading')}</h3>
      {confirming ? (
        <div className="edit-confirm" role="group" aria-label={t('event.deleteHeading')}>
          <p className="small">{t('event.deleteConfirm')}</p>
          <div className="edit-actions">
            <button type="button" className="btn danger" onClick={() => saveCorrection({ kind: 'event.delete', event: anchorOfEvent(event), ...withReason(reason) })}>
              {t('event.deleteYes')}
            </button>
            <button type="button" className="btn" onClick={() => setConfirming(false)}>
              {t('event.deleteNo')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="btn danger" onClick={() => setConfirming(true)}>
          {t('event.delete')}
        </button>
      )}
    </section>
  );
}
