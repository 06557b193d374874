// Passages grouped by article (newest first), the selected actors' mentions highlighted; each opens its article,
// and its words and mentions can be corrected.
import { useEffect, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { Passage } from '../../schema/dataset';
import { useAppStore } from '../../store/app-store';
import type { DatasetIndex } from '../../store/dataset-index';
import type { PassageListing } from '../../store/select-passages';
import { PASSAGE_PAGE } from '../../store/folder-data';
import { CorrectableText } from '../mentions/correctable-text';
import { HighlightedText } from '../shared/highlighted-text';
import type { Mark } from '../shared/highlight-spans';
import { formatDay, publishedBasis } from '../shared/format';

export function passageMarks(index: DatasetIndex, passage: Passage, focus: Set<string>): Mark[] {
  return (index.mentionsByPassage.get(passage.id) ?? []).map((m) => ({
    start: m.start,
    end: m.end,
    actorId: m.actorId,
    via: m.via,
    focus: focus.has(m.actorId),
  }));
}

/** A dataset folder's passages built in the frame that shows its answer: a screen shows about eight, a page is 50.
 *  The others follow a frame later, so that the first frame is not held back building them (the list is made anew
 *  for each selection: PassagePanel keys it). A dataset held whole lists a selection's passages with the click. */
export const FIRST_FRAME_PASSAGES = 12;

/** The groups with their first `limit` passages (in order). */
function firstPassages(groups: PassageListing['groups'], limit: number): PassageListing['groups'] {
  let left = limit;
  const out: PassageListing['groups'] = [];
  for (const g of groups) {
    if (left <= 0) break;
    out.push(g.passages.length <= left ? g : { ...g, passages: g.passages.slice(0, left) });
    left -= g.passages.length;
  }
  return out;
}

export function PassageList({ listing }: { listing: PassageListing }) {
  const { t } = useTranslation('explorer');
  const index = useAppStore((s) => s.index)!;
  const focus = new Set(listing.focusActorIds);
  const [limit, setLimit] = useState(listing.reading === undefined ? Infinity : FIRST_FRAME_PASSAGES);
  useEffect(() => {
    if (limit >= listing.total) return;
    // A timeout from within the frame callback runs once that frame is painted.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setLimit(Infinity), 0)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [limit, listing.total]);
  const groups = limit >= listing.total ? listing.groups : firstPassages(listing.groups, limit);
  return (
    <div className="passage-list" data-testid="passages">
      <p className="list-summary" role="status">
        {t('passages.summary', {
          passages: t('count.passages', { count: listing.total }),
          articles: t('count.articles', { count: listing.groups.length }),
        })}
        {listing.hiddenByWindow > 0 && (
          <>
            {' · '}
            <Trans t={t} i18nKey="passages.outside" count={listing.hiddenByWindow} components={[<strong key="n" />]} />{' '}
            <button type="button" className="link" onClick={() => useAppStore.getState().setWindowFilter(false)}>
              {t('passages.showAll')}
            </button>
          </>
        )}
      </p>
      {listing.reading ? (
        <p className="empty-state">{t('folder:reading')}</p>
      ) : (
        listing.total === 0 && <p className="empty-state">{t('passages.nothingInWindow')}</p>
      )}
      {groups.map(({ document: d, passages }) => (
        <section key={d.id} className="article-group" aria-label={d.title ?? d.file}>
          <header className="article-head">
            <h3 dir="auto" lang={d.language}>
              {d.title ?? d.file}
            </h3>
            <p className="meta">
              <span dir="auto">{d.source ?? t('passages.unknownOutlet')}</span>
              <span title={publishedBasis(d.publishedBasis)}>{formatDay(d.published)}</span>
            </p>
          </header>
          {passages.map((p) => (
            <blockquote key={p.id} className="passage" data-passage={p.id}>
              <CorrectableText text={p.text} passages={[{ id: p.id, start: 0, text: p.text }]} className="passage-text" lang={d.language} dir={d.language === 'ar' ? 'rtl' : 'ltr'}>
                <HighlightedText text={p.text} marks={passageMarks(index, p, focus)} actorById={index.actorById} focusableMarks />
              </CorrectableText>
              <footer>
                <span className="muted small">{t('passages.paragraph', { n: p.paragraph + 1 })}</span>
                <button type="button" className="link" onClick={() => useAppStore.getState().openDocument(d.id, p.id)}>
                  {t('passages.openInArticle')}
                </button>
              </footer>
            </blockquote>
          ))}
        </section>
      ))}
      {!!listing.unread && (
        <p className="list-more">
          <span className="muted">{t('folder:unread', { count: listing.unread })}</span>{' '}
          <button type="button" className="btn" onClick={() => useAppStore.getState().requestMorePassages()}>
            {t('folder:showMore', { count: Math.min(listing.unread, PASSAGE_PAGE) })}
          </button>
        </p>
      )}
    </div>
  );
}
