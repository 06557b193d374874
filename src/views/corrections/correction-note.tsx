// Provenance where a corrected actor or event is shown: that the analyst changed it, what the pipeline had found,
// and why. `ids` are the record's corrections (DatasetEvent.corrections, Actor.corrections).
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/app-store';

export function CorrectionNote({ ids }: { ids: string[] | undefined }) {
  const { t } = useTranslation('corrections');
  const applied = useAppStore((s) => s.dataset?.corrections);
  if (!ids?.length || !applied) return null;
  const byId = new Map(applied.corrections.map((c) => [c.id, c]));
  return (
    <aside className="correction-note" aria-label={t('note.label')}>
      <p className="correction-note-title">{t('note.title', { count: ids.length })}</p>
      <ul>
        {ids.map((id) => {
          const c = byId.get(id);
          if (!c) return null;
          return (
            <li key={id} dir="auto">
              {t(`kind.${c.kind}`)}
              {c.reason ? ` — ${c.reason}` : ''}
              {c.author ? ` (${c.author})` : ''}
            </li>
          );
        })}
      </ul>
    </aside>
  );
}
