// The colours of a period comparison, shared by the graph's style and the comparison list.
import type { TieChangeKind } from '../../briefing/compare-periods';

// Apart from the graph's own edge colours (orange-brown contacts, grey co-mentions).
export const COMPARISON_COLORS: Record<TieChangeKind, string> = {
  new: '#1f9d55',
  stronger: '#1d4e89',
  weaker: '#a23b72',
  same: '#6b7280',
  gone: '#9aa1ab',
};
