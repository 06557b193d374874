// Saving from the edit dialog: the correction recorded (the store adds its id, time and author, and follows merges
// with the selection), the dialog closed, and a toast saying where to take it back.
import { useAppStore } from '../../store/app-store';
import type { CorrectionRequest } from '../../store/corrections';
import i18next from '../../i18n/i18n';

export function saveCorrection(request: CorrectionRequest): string {
  const store = useAppStore.getState();
  const id = store.correct(request);
  store.stopEditing();
  store.notify({ text: i18next.t('saved', { ns: 'edit' }), tone: 'success' });
  return id;
}
