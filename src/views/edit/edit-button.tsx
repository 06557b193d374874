// The cards' way into the edit dialog.
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/app-store';
import type { EditTarget } from '../../store/corrections';
import { selectEditable } from '../../store/select-source';

export function EditButton({ target }: { target: Exclude<EditTarget, { kind: 'newEvent' }> }) {
  const { t } = useTranslation('edit');
  if (!useAppStore(selectEditable)) return null;
  return (
    <button
      type="button"
      className="btn card-edit"
      title={t(target.kind === 'actor' ? 'card.editActor' : 'card.editEvent')}
      aria-haspopup="dialog"
      onClick={() => useAppStore.getState().startEditing(target)}
    >
      <svg className="card-edit-icon" viewBox="0 0 24 24" width="14" height="14" aria-hidden="true">
        <path d="M3 17.25V21h3.75L17.8 9.94l-3.75-3.75L3 17.25zM20.7 7.04a1 1 0 0 0 0-1.41l-2.34-2.34a1 1 0 0 0-1.41 0l-1.83 1.83 3.75 3.75 1.83-1.83z" fill="currentColor" />
      </svg>
      {t('card.edit')}
    </button>
  );
}
