// Short-lived messages (an export done, a link copied, an ingest report): shown over the page, never in its flow.
export type NoticeTone = 'info' | 'success' | 'error';

export interface Notice {
  id: number;
  /** Already in the interface's language. */
  text: string;
  tone: NoticeTone;
  /** Milliseconds on screen; errors stay longer, so that they can be read in full. */
  ttl: number;
  /** Notices with the same key replace each other (an export's progress, then its result). */
  key?: string;
}

export type NoticeRequest = Pick<Notice, 'text'> & Partial<Pick<Notice, 'tone' | 'ttl' | 'key'>>;

const TTL: Record<NoticeTone, number> = { info: 5000, success: 5000, error: 12000 };
/** More than this on screen at once and the oldest make way. */
export const MAX_NOTICES = 3;

let lastId = 0;

export function makeNotice({ text, tone = 'info', ttl, key }: NoticeRequest): Notice {
  return { id: ++lastId, text, tone, ttl: ttl ?? TTL[tone], ...(key ? { key } : {}) };
}

/** Adds a notice; the same text (or key) again replaces the first instead of stacking a copy. */
export function withNotice(list: Notice[], notice: Notice): Notice[] {
  const rest = list.filter((n) => n.text !== notice.text && (notice.key === undefined || n.key !== notice.key));
  return [...rest, notice].slice(-MAX_NOTICES);
}
