// Provenance where a corrected actor or event is shown: that the analyst changed it, what changed (before → after),
// why and by whom, and a way to the list of all corrections. `ids` are the record's corrections
// (DatasetEvent.corrections, Actor.corrections).
import { useTranslation } from 'react-i18next';
import { changesText, describeCorrection } from '../../corrections/describe-correction';
import { useAppStore } from '../../store/app-store';

export function CorrectionNote({ ids }: { ids: string[] | undefined }) {
  const { t } = useTranslation('corrections');
  const applied = useAppStore((s) => s.dataset?.corrections);
  const index = useAppStore((s) => s.index);
  const lang = useAppStore((s) => s.uiLanguage);
  if (!ids?.length || !applied || !index) return null;
  const byId = new Map(applied.corrections.map((c) => [c.id, c]));
  return (
    <aside className="correction-note" aria-label={t('note.label')}>
      <p className="correction-note-title">{t('note.title', { count: ids.length })}</p>
      <ul>
        {ids.map((id) => {
          const c = byId.get(id);
          if (!c) return null;
          const changes = changesText(describeCorrection(c, applied.outcomes[id], index, lang).changes, lang);
          return (
            <li key={id} dir="auto">
              {t(`kind.${c.kind}`)}
              {changes ? `: ${changes}` : ''}
              {c.reason ? ` — ${c.reason}` : ''}
              {c.author ? ` (${c.author})` : ''}
            </li>
          );
        })}
      </ul>
      <button type="button" className="correction-note-all" onClick={() => useAppStore.getState().setPanelTab('corrections')}>
        {t('note.allCorrections')}
      </button>
    </aside>
  );
}
