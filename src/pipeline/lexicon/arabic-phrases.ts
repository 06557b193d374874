// The Arabic phrases of a lexicon file (event-lexicon.json): every string of an `ar` list, at any depth.
export function arabicPhrases(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(arabicPhrases);
  if (!node || typeof node !== 'object') return [];
  const { ar, ...rest } = node as { ar?: unknown };
  return [...(Array.isArray(ar) ? ar.filter((w): w is string => typeof w === 'string') : []), ...Object.values(rest).flatMap(arabicPhrases)];
}
