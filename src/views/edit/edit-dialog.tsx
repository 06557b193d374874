// The one edit dialog, open on what store.editing names: an actor, an event, or a new event from selected passages.
// A native modal <dialog> as the ingest dialog is (focus moves in, and back where it was when it closes); Escape
// closes it without a correction and without clearing the page's selection as Escape elsewhere does.
import { type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/app-store';
import type { EditTarget } from '../../store/corrections';
import { actorName } from '../shared/format';
import { ActorEditForm } from './actor-edit-form';
import { EventEditForm } from './event-edit-form';
import { NewEventForm } from './new-event-form';
import { useModalDialog } from '../shared/use-modal-dialog';

const stopEditing = () => useAppStore.getState().stopEditing();

export function EditDialog() {
  const { t } = useTranslation('edit');
  const editing = useAppStore((s) => s.editing);
  const dialog = useModalDialog(editing !== null);
  const onKeyDown = (e: KeyboardEvent<HTMLDialogElement>) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    e.preventDefault(); // the page's Escape (clear the selection) stays out of it
    stopEditing();
  };
  return (
    <dialog ref={dialog} className="modal-dialog edit-dialog" aria-labelledby="edit-dialog-title" onClose={stopEditing} onKeyDown={onKeyDown}>
      <header className="edit-dialog-head">
        <h2 id="edit-dialog-title" dir="auto">
          <EditTitle target={editing} />
        </h2>
        <button type="button" className="btn icon-btn" aria-label={t('close')} onClick={stopEditing}>
          ×
        </button>
      </header>
      {editing && (
        <div className="edit-dialog-body">
          <EditBody target={editing} key={JSON.stringify(editing)} />
        </div>
      )}
    </dialog>
  );
}

function EditTitle({ target }: { target: EditTarget | null }) {
  const { t } = useTranslation('edit');
  const index = useAppStore((s) => s.index);
  const lang = useAppStore((s) => s.nameLanguage);
  if (!target) return null;
  if (target.kind === 'newEvent') return t('title.newEvent');
  if (target.kind === 'event') return t('title.event');
  const actor = index?.actorById.get(target.id);
  return t('title.actor', { name: actor ? '\u2068' + actorName(actor, lang) + '\u2069' : target.id });
}

function EditBody({ target }: { target: EditTarget }) {
  const { t } = useTranslation('edit');
  const index = useAppStore((s) => s.index);
  if (target.kind === 'newEvent') return <NewEventForm passageIds={target.passageIds} />;
  const actor = target.kind === 'actor' ? index?.actorById.get(target.id) : undefined;
  if (actor) return <ActorEditForm actor={actor} />;
  const event = target.kind === 'event' ? index?.eventById.get(target.id) : undefined;
  if (event) return <EventEditForm event={event} />;
  return <p>{t('gone')}</p>;
}
