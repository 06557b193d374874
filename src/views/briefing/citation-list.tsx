// The numbered sources of a view: outlet, date, title and link. Corpus text is rendered as text only.
import { useTranslation } from 'react-i18next';
import type { Citation } from '../../briefing/citations';
import { safeLink } from '../../export/safe-link';
import type { UiLanguage } from '../../store/view-state';
import { formatDate } from './describe-view';

export function CitationList({
  citations,
  lang,
  fullUrls = false,
}: {
  citations: Citation[];
  lang: UiLanguage;
  /** Paper and exported pictures show the whole address (a reader cannot click); the screen shows its host. */
  fullUrls?: boolean;
}) {
  const { t } = useTranslation('briefing');
  if (!citations.length) return <p className="muted">{t('presentation.noSources')}</p>;
  return (
    <ol className="citations">
      {citations.map((c) => {
        const href = safeLink(c.url);
        return (
          <li key={c.documentId} data-document-id={c.documentId}>
            <span className="citation-n">[{c.n}]</span>{' '}
            <span className="citation-outlet" dir="auto">
              {c.outlet ?? t('presentation.unnamedOutlet')}
            </span>
            {' · '}
            <span className="citation-date">{c.published ? formatDate(c.published, lang) : t('presentation.undated')}</span>
            {href && (
              <>
                {' · '}
                <a href={href} target="_blank" rel="noopener noreferrer" dir="ltr">
                  {fullUrls ? href : new URL(href).hostname}
                </a>
              </>
            )}
            {c.title && <cite dir="auto">{c.title}</cite>}
          </li>
        );
      })}
    </ol>
  );
}
