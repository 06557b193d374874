// Every article: outlet, publication date and how it is known, counts; opening one shows its full text. Where the
// app holds only the articles read so far, those (their counts would be of what was read: left out).
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/app-store';
import { selectDocumentRows } from '../../store/select-documents';
import { selectArticlesBeyondHeld } from '../../store/select-source';
import { formatDay, publishedBasis } from '../shared/format';

export default function SourcesView() {
  const { t } = useTranslation('explorer');
  const index = useAppStore((s) => s.index);
  const rows = selectDocumentRows(index);
  const total = useAppStore(selectArticlesBeyondHeld);
  return (
    <div className="sources-view">
      <h2 className="visually-hidden">{t('sources.title')}</h2>
      {total !== null && (
        <p className="list-summary" role="status">
          {t('folder:articlesRead', { count: rows.length, total })}
        </p>
      )}
      <ul className="source-rows">
        {rows.map(({ document: d, passages, mentions, actors, events }) => (
          <li key={d.id}>
            <button type="button" className="source-row" onClick={() => useAppStore.getState().openDocument(d.id)}>
              <span className="source-title" dir="auto" lang={d.language}>
                {d.title ?? d.file}
              </span>
              <span className="meta">
                <span dir="auto">{d.source ?? t('passages.unknownOutlet')}</span>
                <span>
                  {formatDay(d.published)} <span className="muted">({publishedBasis(d.publishedBasis)})</span>
                </span>
              </span>
              {total === null && (
                <span className="counts">
                  {t('sources.counts', {
                    passages: t('count.passages', { count: passages }),
                    mentions: t('count.mentions', { count: mentions }),
                    actors: t('count.actors', { count: actors }),
                    events: t('count.events', { count: events }),
                  })}
                </span>
              )}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
