// The page once the dataset is loaded: timeline on top, then actor list | graph | sources, all resizable.
import { useTranslation } from 'react-i18next';
import { Group, Panel, Separator } from 'react-resizable-panels';
import AppHeader from '../views/header/app-header';
import ActorList from '../views/actors/actor-list';
import { SidePanel } from './side-panel';
import { useEscapeClears } from './use-escape-clears';
import { UrlSync } from '../url/url-sync';
import { BriefingLayer } from '../views/briefing/briefing-layer';
import { preloadedView } from '../views/shared/preloaded-view';
import { NoticeToasts } from '../views/notices/notice-toasts';

function Loading({ what }: { what: 'Timeline' | 'Graph' }) {
  const { t } = useTranslation();
  return <div className="pane-loading">{t(`status.loading${what}`)}</div>;
}

// The two engines are the heavy part of the bundle: load them in parallel with the first paint.
// Their code is fetched as soon as the app starts, while the dataset downloads.
const TimelineView = preloadedView(import('../views/timeline/timeline-view'), <Loading what="Timeline" />);
const GraphView = preloadedView(import('../views/graph/graph-view'), <Loading what="Graph" />);

export function Explorer() {
  useEscapeClears();
  return (
    <div className="explorer">
      <UrlSync />
      <AppHeader />
      <main className="workspace">
        <Group orientation="vertical" id="rows">
          <Panel id="timeline-pane" defaultSize="40" minSize="18">
            <TimelineView />
          </Panel>
          <Separator className="separator horizontal" />
          <Panel id="lower-pane" minSize="30">
            <Group orientation="horizontal" id="columns">
              <Panel id="actors-pane" defaultSize="18" minSize="10">
                <ActorList />
              </Panel>
              <Separator className="separator vertical" />
              <Panel id="graph-pane" defaultSize="46" minSize="20">
                <GraphView />
              </Panel>
              <Separator className="separator vertical" />
              <Panel id="sources-pane" defaultSize="40" minSize="18">
                <SidePanel />
              </Panel>
            </Group>
          </Panel>
        </Group>
      </main>
      <BriefingLayer />
      <NoticeToasts />
    </div>
  );
}
