// Paste an article's text with its headline, outlet and date; it goes through the same checks and pipeline as a file.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addPastedArticle, type PastedArticle } from '../../ingest/ingest-store';
import { DateField } from '../shared/date-field';

const EMPTY: PastedArticle = { text: '', title: '', source: '', published: '' };

export function PasteArticleForm() {
  const { t } = useTranslation('ingest');
  const [draft, setDraft] = useState(EMPTY);
  const field = (name: keyof PastedArticle) => ({
    value: draft[name],
    onChange: (e: { currentTarget: { value: string } }) => setDraft({ ...draft, [name]: e.currentTarget.value }),
  });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const reports = await addPastedArticle(draft);
    if (reports.some((r) => r.outcome === 'added')) setDraft(EMPTY);
  };
  return (
    <form className="ingest-section ingest-paste" onSubmit={submit}>
      <h3>{t('paste.heading')}</h3>
      <label>
        <span>{t('paste.title')}</span>
        <input className="input" dir="auto" {...field('title')} />
      </label>
      <div className="ingest-paste-row">
        <label>
          <span>{t('paste.source')}</span>
          <input className="input" dir="auto" {...field('source')} />
        </label>
        <label>
          <span>{t('paste.published')}</span>
          <DateField value={draft.published} onChange={(published) => setDraft({ ...draft, published })} aria-describedby="ingest-published-hint" />
          <small id="ingest-published-hint" className="muted">
            {t('paste.publishedHint')}
          </small>
        </label>
      </div>
      <label>
        <span>{t('paste.text')}</span>
        <textarea className="input" dir="auto" rows={6} required {...field('text')} />
      </label>
      <button type="submit" className="btn" disabled={draft.text.trim() === ''}>
        {t('paste.submit')}
      </button>
    </form>
  );
}
