// The page once the dataset is loaded: timeline on top, then actor list | graph | sources, all resizable and
// collapsible (drag a divider past a pane's minimum, or focus it and press Enter); the sizes are remembered. Where the
// screen is narrower than WIDE_SCREEN the actor list becomes a tab of the side pane, so the graph keeps its width.
import { useTranslation } from 'react-i18next';
import { Group, Panel, Separator, useDefaultLayout } from 'react-resizable-panels';
import AppHeader from '../views/header/app-header';
import ActorList from '../views/actors/actor-list';
import { SidePanel } from './side-panel';
import { useEscapeClears } from './use-escape-clears';
import { useMediaQuery } from './use-media-query';
import { UrlSync } from '../url/url-sync';
import { BriefingLayer } from '../views/briefing/briefing-layer';
import { preloadedView } from '../views/shared/preloaded-view';
import { NoticeToasts } from '../views/notices/notice-toasts';
import { EditDialog } from '../views/edit/edit-dialog';

function Loading({ what }: { what: 'Timeline' | 'Graph' }) {
  const { t } = useTranslation();
  return <div className="pane-loading">{t(`status.loading${what}`)}</div>;
}

// The two engines are the heavy part of the bundle: load them in parallel with the first paint.
// Their code is fetched as soon as the app starts, while the dataset downloads.
const TimelineView = preloadedView(import('../views/timeline/timeline-view'), <Loading what="Timeline" />);
const GraphView = preloadedView(import('../views/graph/graph-view'), <Loading what="Graph" />);

/** Below this width a column of its own for the actor list would leave the graph too narrow to read. */
const WIDE_SCREEN = '(min-width: 1440px)';
/** A laptop's or a projector's 720 or 768 px: the timeline's lanes take a little more of it (styles: the same query). */
const SHORT_SCREEN = '(max-height: 800px)';

/** Pane sizes the user set, per arrangement, in this browser. */
function useRememberedLayout(id: string, panelIds: string[]) {
  return useDefaultLayout({ id: `explorer-${id}`, panelIds, storage: localStorage, onlySaveAfterUserInteractions: true });
}

const COLUMNS_WIDE = ['actors-pane', 'graph-pane', 'sources-pane'];
const COLUMNS_NARROW = ['graph-pane', 'sources-pane'];

export function Explorer() {
  useEscapeClears();
  const wide = useMediaQuery(WIDE_SCREEN, true);
  const short = useMediaQuery(SHORT_SCREEN);
  const rows = useRememberedLayout('rows', ['timeline-pane', 'lower-pane']);
  const columns = useRememberedLayout(wide ? 'columns-wide' : 'columns-narrow', wide ? COLUMNS_WIDE : COLUMNS_NARROW);
  const { t } = useTranslation();
  return (
    <div className="explorer">
      <UrlSync />
      <AppHeader />
      <main className="workspace">
        <Group orientation="vertical" id="rows" {...rows}>
          {/* In pixels: the lanes need their height whatever the screen; the rest goes to the graph. */}
          <Panel id="timeline-pane" defaultSize={short ? '46' : '42'} minSize={240} collapsible collapsedSize={0}>
            <TimelineView />
          </Panel>
          <Separator className="separator horizontal" aria-label={t('layout.timelineDivider')} />
          <Panel id="lower-pane" minSize={260}>
            <Group orientation="horizontal" id={wide ? 'columns-wide' : 'columns-narrow'} key={wide ? 'wide' : 'narrow'} {...columns}>
              {wide && (
                <>
                  <Panel id="actors-pane" defaultSize="15" minSize={200} collapsible collapsedSize={0}>
                    <ActorList />
                  </Panel>
                  <Separator className="separator vertical" aria-label={t('layout.actorsDivider')} />
                </>
              )}
              <Panel id="graph-pane" defaultSize={wide ? '53' : '60'} minSize={320}>
                <GraphView />
              </Panel>
              <Separator className="separator vertical" aria-label={t('layout.sourcesDivider')} />
              <Panel id="sources-pane" defaultSize={wide ? '32' : '40'} minSize={300} collapsible collapsedSize={0}>
                <SidePanel withActors={!wide} />
              </Panel>
            </Group>
          </Panel>
        </Group>
      </main>
      <BriefingLayer />
      <EditDialog />
      <NoticeToasts />
    </div>
  );
}
