// A trie over normalised word tokens: finds the longest known phrase (name, title, counterpart) at a token.
import { normalizeArabic, tokenize } from '../normalize/normalize-arabic';

export interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  values: T[];
}

export function createTrie<T>(): TrieNode<T> {
  return { next: new Map(), values: [] };
}

/** Adds a phrase (any script; normalised and tokenised here) with its value. */
export function addPhrase<T>(root: TrieNode<T>, phrase: string, value: T): void {
  const tokens = tokenize(normalizeArabic(phrase)).map((t) => t.token);
  if (tokens.length === 0) return;
  let node = root;
  for (const t of tokens) {
    let child = node.next.get(t);
    if (!child) {
      child = createTrie<T>();
      node.next.set(t, child);
    }
    node = child;
  }
  node.values.push(value);
}

// Arabic proclitics glue to the next word: «وبوتين», «لبزشكيان», «فالرئيس»; «للرئيس» is ل + الرئيس.
const PROCLITICS = ['و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'وك', 'فب', 'فل', 'وال', 'بال', 'فال', 'كال'];

// By code: an Arabic letter taken out as a string (`token[0]`) is a new string each time, a code is not.
const PROCLITIC_LETTERS = new Set(PROCLITICS.map((p) => p.charCodeAt(0)));

export interface TrieMatch<T> {
  /** Index of the first and one past the last token matched. */
  from: number;
  to: number;
  values: T[];
  /** Length of a proclitic stripped from the first token (to start the mention after it). */
  cliticLength: number;
}

/**
 * The longest phrase starting at token `i`. `joinable(k)` says whether tokens k-1 and k may belong to one
 * phrase (only spaces or hyphens between them), so that a match never spans punctuation.
 */
export function longestMatchAt<T>(
  root: TrieNode<T>,
  tokens: string[],
  i: number,
  joinable: (k: number) => boolean,
): TrieMatch<T> | null {
  const token = tokens[i];
  let best = extendMatch(root.next.get(token), tokens, i, 0, joinable, null);
  // Most words carry no proclitic: answer them without trying forms.
  if (!PROCLITIC_LETTERS.has(token.charCodeAt(0))) return best;
  for (const { node, clitic } of cliticForms(root, token)) best = extendMatch(node, tokens, i, clitic, joinable, best);
  return best;
}

interface CliticForm<T> {
  node: TrieNode<T>;
  clitic: number;
}

/** Words recur: the phrases a word starts once a proclitic is removed are remembered per trie (up to a size). */
const formsSeen = new WeakMap<TrieNode<unknown>, Map<string, CliticForm<unknown>[]>>();
const FORMS_REMEMBERED = 50_000;
const NO_FORMS: CliticForm<never>[] = [];

/** The phrases `token` starts without a proclitic: «وبوتين» → «بوتين»; with «ال» kept, «والرئيس», «للرئيس» → «الرئيس». */
function cliticForms<T>(root: TrieNode<T>, token: string): CliticForm<T>[] {
  let seen = formsSeen.get(root) as Map<string, CliticForm<T>[]> | undefined;
  if (!seen) formsSeen.set(root, (seen = new Map()));
  const known = seen.get(token);
  if (known) return known;
  let forms: CliticForm<T>[] = NO_FORMS;
  const add = (form: string, clitic: number) => {
    const node = root.next.get(form);
    if (node) forms = [...forms, { node, clitic }];
  };
  for (const p of PROCLITICS) {
    if (token.length - p.length < 2 || !token.startsWith(p)) continue;
    if (p.endsWith('ال')) add(`ال${token.slice(p.length)}`, p.length - 2);
    else add(token.slice(p.length), p.length);
  }
  const lil = token.startsWith('لل') ? 2 : token.startsWith('ولل') ? 3 : 0;
  if (lil && token.length > lil + 1) add(`ال${token.slice(lil)}`, lil - 1);
  if (seen.size >= FORMS_REMEMBERED) seen.clear();
  seen.set(token, forms);
  return forms;
}

/** The longest phrase through `node` (the first token's), if longer than `best`. */
function extendMatch<T>(
  node: TrieNode<T> | undefined,
  tokens: string[],
  i: number,
  clitic: number,
  joinable: (k: number) => boolean,
  best: TrieMatch<T> | null,
): TrieMatch<T> | null {
  let k = i + 1;
  while (node) {
    if (node.values.length > 0 && (!best || k > best.to)) best = { from: i, to: k, values: node.values, cliticLength: clitic };
    node = nextNode(node, tokens, k, joinable);
    k++;
  }
  return best;
}

/**
 * The node of token `k` after `node`, if the phrase goes on to it: the tokens' gap (`joinable`, the costlier test)
 * is looked at only where the trie has that token.
 */
function nextNode<T>(node: TrieNode<T>, tokens: string[], k: number, joinable: (k: number) => boolean): TrieNode<T> | undefined {
  if (k >= tokens.length) return undefined;
  const next = node.next.get(tokens[k]);
  return next && joinable(k) ? next : undefined;
}

/**
 * Every phrase starting at token `i`, shortest first, with and without a proclitic: what a caller needs to join a
 * phrase to what follows it («رئيس» + «الجمهورية الإسلامية الإيرانية» as well as «رئيس الجمهورية» + «الإيرانية»).
 */
export function matchesAt<T>(root: TrieNode<T>, tokens: string[], i: number, joinable: (k: number) => boolean): TrieMatch<T>[] {
  const token = tokens[i];
  const starts: CliticForm<T>[] = [];
  const plain = root.next.get(token);
  if (plain) starts.push({ node: plain, clitic: 0 });
  if (PROCLITIC_LETTERS.has(token.charCodeAt(0))) starts.push(...cliticForms(root, token));
  const found: TrieMatch<T>[] = [];
  for (const { node: first, clitic } of starts) {
    let node: TrieNode<T> | undefined = first;
    let k = i + 1;
    while (node) {
      if (node.values.length > 0) found.push({ from: i, to: k, values: node.values, cliticLength: clitic });
      node = nextNode(node, tokens, k, joinable);
      k++;
    }
  }
  return found;
}
