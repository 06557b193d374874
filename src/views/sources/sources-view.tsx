// Every article: outlet, publication date and how it is known, counts; opening one shows its full text.
import { useAppStore } from '../../store/app-store';
import { selectDocumentRows } from '../../store/select-documents';
import { formatDay, PUBLISHED_BASIS } from '../shared/format';

export default function SourcesView() {
  const index = useAppStore((s) => s.index);
  const rows = selectDocumentRows(index);
  return (
    <div className="sources-view">
      <h2 className="visually-hidden">Articles</h2>
      <ul className="source-rows">
        {rows.map(({ document: d, passages, mentions, actors, events }) => (
          <li key={d.id}>
            <button type="button" className="source-row" onClick={() => useAppStore.getState().openDocument(d.id)}>
              <span className="source-title" dir="auto" lang={d.language}>
                {d.title ?? d.file}
              </span>
              <span className="meta">
                <span dir="auto">{d.source ?? 'Unknown outlet'}</span>
                <span>
                  {formatDay(d.published)} <span className="muted">({PUBLISHED_BASIS[d.publishedBasis] ?? d.publishedBasis})</span>
                </span>
              </span>
              <span className="counts">
                {passages} passages · {mentions} mentions · {actors} actors · {events} events
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
