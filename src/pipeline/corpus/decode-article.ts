// Turns a file's bytes into article text, or says precisely why it cannot.
export type DecodeResult = { ok: true; text: string } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

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
  if (text.trim().length === 0) return { ok: false, reason: 'the file holds only white space' };
  // Control characters other than tab/newline mean this is not prose.
  const controls = text.match(/[\u0001-\u0008\u000E-\u001F]/g)?.length ?? 0;
  if (controls > 0 && controls / text.length > 0.01) return { ok: false, reason: 'the file looks binary (control characters)' };
  return { ok: true, text };
}
