// Turns a file's bytes into article text, or says precisely why it cannot.
export type DecodeResult = { ok: true; text: string } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

// A page saved or scraped as source writes "Iran&#8217;s", "&nbsp;", "&quot;": the characters the page shows are the
// article's. Only references closed by «;» ("AT&T" stays as written), and of the named ones those news text uses: the
// whole HTML table (the `entities` package) would put ~24 kB into the app's first screen, which checks files too. The
// text is shown as text, never as HTML, whatever it decodes to.
const CHARACTER_REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/g;
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad', zwnj: '\u200c', zwj: '\u200d', lrm: '\u200e',
  rlm: '\u200f', ndash: '\u2013', mdash: '\u2014', lsquo: '\u2018', rsquo: '\u2019', sbquo: '\u201a', ldquo: '\u201c',
  rdquo: '\u201d', bdquo: '\u201e', laquo: '\u00ab', raquo: '\u00bb', hellip: '\u2026', bull: '\u2022', middot: '\u00b7',
  copy: '\u00a9', reg: '\u00ae', trade: '\u2122', deg: '\u00b0', euro: '\u20ac', pound: '\u00a3', times: '\u00d7',
};

const STRETCHING_TATWEEL = /(?<=[\u0621-\u064a])\u0640+(?=[\u0621-\u064a])/g;

function characterOf(reference: string, decimal?: string, hex?: string, name?: string): string {
  if (name) return NAMED[name] ?? reference;
  const code = decimal ? Number(decimal) : parseInt(hex!, 16);
  // NUL, surrogates and numbers past Unicode are no characters: left as written.
  return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : reference;
}

export function decodeArticle(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: 'the file is empty' };
  if (bytes.includes(0)) return { ok: false, reason: 'the file is binary (it contains NUL bytes), not a text article' };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, reason: 'the file is not valid UTF-8 (save it as UTF-8 and try again)' };
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  // Tatweel stretching a word between its letters («الرئيـس») is typography, not spelling: without it the word is the
  // one every pattern reads. Where it joins a prefix to a figure or a quote («الـ79», «بـ"المثمرة"») it stays.
  if (text.includes('\u0640')) text = text.replace(STRETCHING_TATWEEL, '');
  if (text.includes('&')) text = text.replace(CHARACTER_REFERENCE, characterOf);
  if (text.trim().length === 0) return { ok: false, reason: 'the file holds only white space' };
  // Control characters other than tab/newline mean this is not prose.
  const controls = text.match(/[\u0001-\u0008\u000E-\u001F]/g)?.length ?? 0;
  if (controls > 0 && controls / text.length > 0.01) return { ok: false, reason: 'the file looks binary (control characters)' };
  return { ok: true, text };
}
