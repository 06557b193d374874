// The numbered sources of a view: outlet, date, title and link. Corpus text is rendered as text only.
// Each name, date and title is its own bidi isolate (<bdi>), laid out as one box: an outlet that mixes scripts
// («Al-Baath / صحيفة البعث / سانا (SANA)») keeps its order and its brackets when the line wraps, in both languages.
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
            <span className="citation-n">[{c.n}]</span> <bdi className="citation-outlet">{c.outlet ?? t('presentation.unnamedOutlet')}</bdi>
            {' · '}
            <bdi className="citation-date">{c.published ? formatDate(c.published, lang) : t('presentation.undated')}</bdi>
            {href && (
              <>
                {' · '}
                <a href={href} target="_blank" rel="noopener noreferrer" dir="ltr">
                  {fullUrls ? href : new URL(href).hostname}
                </a>
              </>
            )}
            {c.title && (
              <cite>
                <bdi>{c.title}</bdi>
              </cite>
            )}
          </li>
        );
      })}
    </ol>
  );
}
