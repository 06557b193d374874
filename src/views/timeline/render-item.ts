// vis-timeline item and lane templates. They return DOM elements built with textContent: vis appends elements
// as they are, so no corpus string ever reaches innerHTML or vis-timeline's HTML filter.
import type { EventType } from '../../schema/dataset';
import { createEventIcon } from '../shared/event-icon';
import { isArabic } from '../shared/format';
import { EVENT_TYPES } from '../shared/palette';

interface ItemLike {
  id?: string;
  content?: string;
  eventType?: EventType;
  isBin?: boolean;
}

interface ClusterData {
  isCluster?: boolean;
  uiItems?: unknown[];
}

function textSpan(text: string, className: string): HTMLSpanElement {
  const s = document.createElement('span');
  s.className = className;
  s.dir = 'auto';
  if (isArabic(text)) s.lang = 'ar';
  s.textContent = text;
  return s;
}

/** Keyboard users reach items with Tab and choose one with Enter or Space (use-vis-timeline listens). */
function focusable<T extends HTMLElement>(el: T, id: string | undefined): T {
  if (id === undefined) return el;
  el.tabIndex = 0;
  el.setAttribute('role', 'button');
  el.dataset.itemId = id;
  return el;
}

export function renderItem(item: ItemLike | null, _element?: unknown, data?: ClusterData): HTMLElement {
  const cluster = (item as ClusterData | null)?.isCluster ? (item as ClusterData) : data?.isCluster ? data : null;
  if (cluster || !item) {
    const el = document.createElement('span');
    el.className = 'tl-cluster';
    el.textContent = String(cluster?.uiItems?.length ?? '');
    return el;
  }
  if (item.isBin) {
    const bin = document.createElement('span');
    bin.className = 'tl-bin';
    bin.textContent = item.content ?? '';
    return focusable(bin, item.id);
  }
  const el = focusable(document.createElement('span'), item.id);
  el.className = 'tl-item';
  if (item.eventType) el.appendChild(createEventIcon(item.eventType, 15));
  el.appendChild(textSpan(item.content ?? '', 'tl-label'));
  return el;
}

export function renderGroup(group: { id?: EventType } | null): HTMLElement {
  const el = document.createElement('span');
  el.className = 'tl-lane';
  const type = group?.id;
  if (!type || !EVENT_TYPES[type]) return el;
  el.style.setProperty('--ev', EVENT_TYPES[type].color);
  el.appendChild(createEventIcon(type, 16));
  el.appendChild(textSpan(EVENT_TYPES[type].label, 'tl-lane-label'));
  return el;
}
