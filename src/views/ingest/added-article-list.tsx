// The articles added in this browser, as the dataset now knows them (headline, date, outlet), each removable; one
// whose text gives no date can be given one.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addedArticleTitle } from '../../ingest/added-article';
import { removeArticle, setArticleDate, useIngestStore } from '../../ingest/ingest-store';
import { useAppStore } from '../../store/app-store';
import { DateField } from '../shared/date-field';
import { formatDay, isArabic } from '../shared/format';

export function AddedArticleList() {
  const { t } = useTranslation('ingest');
  const added = useIngestStore((s) => s.added);
  const documents = useAppStore((s) => s.dataset?.documents);
  return (
    <section className="ingest-section">
      <h3>{t('list.heading')}</h3>
      {added.length === 0 ? (
        <p className="muted small">{t('list.empty')}</p>
      ) : (
        <ul className="ingest-added">
          {added.map((a) => {
            const doc = documents?.find((d) => d.file === a.file);
            const title = addedArticleTitle(a, documents);
            const published = doc?.published ?? a.published;
            return (
              <li key={a.file} className="ingest-added-item" data-file={a.file}>
                <div className="ingest-added-text">
                  <span className="ingest-added-title" dir="auto" lang={isArabic(title) ? 'ar' : undefined}>
                    {title}
                  </span>
                  <span className="small muted" dir="auto">
                    {[published ? formatDay(published) : t('list.dateUnknown'), doc?.source ?? a.source, a.originalName].filter(Boolean).join(' · ')}
                  </span>
                  {!published && <ArticleDateForm file={a.file} title={title} />}
                </div>
                <button type="button" className="btn" aria-label={t('list.removeLabel', { name: title })} onClick={() => void removeArticle(a.file)}>
                  {t('list.remove')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** A day for an added article whose text gives none: its relative dates are read from it. */
function ArticleDateForm({ file, title }: { file: string; title: string }) {
  const { t } = useTranslation('ingest');
  const [day, setDay] = useState('');
  const hint = `ingest-date-hint-${file}`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (day) void setArticleDate(file, day);
  };
  return (
    <form className="ingest-article-date" onSubmit={submit}>
      <DateField value={day} onChange={setDay} aria-label={t('list.dateLabel', { name: title })} aria-describedby={hint} />
      <button type="submit" className="btn" disabled={!day}>
        {t('list.setDate')}
      </button>
      <small id={hint} className="muted">
        {t('list.dateHint')}
      </small>
    </form>
  );
}
