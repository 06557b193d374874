// Everything briefing puts over the explorer: the drawer, presentation mode, and the playback engine.
// Mounted once next to the explorer's panes, so it keeps running when presentation hides the header.
import { useEffect } from 'react';
import { useBriefingStore } from '../../briefing/briefing-store';
import { useSlidesStore } from '../../briefing/slides-store';
import { exposeForTests } from '../shared/test-hooks';
import { BriefingDrawer } from './briefing-drawer';
import { Presentation } from './presentation';
import { usePlayback } from './use-playback';

export function BriefingLayer() {
  const drawer = useBriefingStore((s) => s.drawer);
  const presenting = useBriefingStore((s) => s.presenting);
  usePlayback();
  useEffect(() => {
    exposeForTests('__slides', useSlidesStore);
    exposeForTests('__briefing', useBriefingStore);
  }, []);
  if (presenting) return <Presentation />;
  return drawer ? <BriefingDrawer tab={drawer} /> : null;
}
