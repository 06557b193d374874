// What an event is, as the analyst sets it: its type, its day and how precise that is, who took part, where, and
// whether it was held or only announced. The edit and the new-event forms share it.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatePrecision } from '../../schema/dataset';
import { useAppStore } from '../../store/app-store';
import { DateField } from '../shared/date-field';
import { EventTypeIcon } from '../shared/event-type-icon';
import { actorName, formatDay } from '../shared/format';
import { EVENT_TYPES, EVENT_TYPE_ORDER, countryStyle } from '../shared/palette';
import { dateOfDraft, type EventDraft } from './event-draft';
import { actorOptions } from '../shared/pick-options';
import { SearchablePick } from './searchable-pick';

const PRECISIONS: DatePrecision[] = ['day', 'month', 'year'];

export function EventFields({ draft, onChange }: { draft: EventDraft; onChange: (draft: EventDraft) => void }) {
  const { t } = useTranslation('edit');
  const index = useAppStore((s) => s.index)!;
  const lang = useAppStore((s) => s.nameLanguage);
  const name = useId();
  const set = (change: Partial<EventDraft>) => onChange({ ...draft, ...change });
  const period = dateOfDraft(draft);
  const others = index.dataset.actors.filter((a) => !draft.participants.includes(a.id));
  return (
    <>
      <fieldset className="edit-fieldset">
        <legend>{t('event.type')}</legend>
        <div className="edit-types">
          {EVENT_TYPE_ORDER.map((type) => (
            <label key={type} className="edit-type" style={{ ['--ev' as string]: EVENT_TYPES[type].color }}>
              <input type="radio" name={name} value={type} checked={draft.type === type} onChange={() => set({ type })} />
              <EventTypeIcon type={type} size={16} />
              {EVENT_TYPES[type].label}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="edit-fieldset">
        <legend>{t('event.when')}</legend>
        <div className="edit-row">
          <label className="edit-field">
            <span className="edit-label">{t('event.day')}</span>
            <DateField value={draft.day} onChange={(day) => set({ day })} />
          </label>
          <label className="edit-field">
            <span className="edit-label">{t('event.precision')}</span>
            <select className="input" value={draft.precision} onChange={(e) => set({ precision: e.currentTarget.value as DatePrecision })}>
              {PRECISIONS.map((p) => (
                <option key={p} value={p}>
                  {t(`precision.${p}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <p className="muted small">
          {period
            ? period.start === period.end
              ? t('event.means', { period: formatDay(period.start) })
              : t('event.meansRange', { from: formatDay(period.start), to: formatDay(period.end) })
            : t('event.undated')}
        </p>
      </fieldset>
      <fieldset className="edit-fieldset">
        <legend>{t('event.participants')}</legend>
        {draft.participants.length > 0 ? (
          <ul className="chips edit-participants">
            {draft.participants.map((id) => {
              const a = index.actorById.get(id);
              const shown = a ? actorName(a, lang) : id;
              return (
                <li key={id} className="chip" style={{ ['--chip' as string]: countryStyle(a?.country ?? null).color }}>
                  <span className="dot" aria-hidden="true" />
                  <span dir="auto">{shown}</span>
                  <button type="button" className="edit-remove" aria-label={t('event.removeParticipant', { name: shown })} onClick={() => set({ participants: draft.participants.filter((p) => p !== id) })}>
                    ×
                  </button>
                </li>
              );
            })}
          </ul>
        ) : (
          <p className="muted small">{t('event.nobody')}</p>
        )}
        <SearchablePick label={t('event.addParticipant')} options={actorOptions(others, lang)} onPick={(id) => set({ participants: [...draft.participants, id] })} />
      </fieldset>
      <div className="edit-row">
        <label className="edit-field">
          <span className="edit-label">{t('event.place')}</span>
          <input className="input" dir="auto" value={draft.location} onChange={(e) => set({ location: e.currentTarget.value })} />
        </label>
        <label className="edit-check">
          <input type="checkbox" checked={draft.planned} onChange={(e) => set({ planned: e.currentTarget.checked })} />
          {t('event.planned')}
        </label>
      </div>
    </>
  );
}
