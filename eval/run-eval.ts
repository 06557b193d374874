// `npm run eval [-- --split dev|heldout|all] [--details] [--only STEM,STEM…]` (stems or their beginnings): runs the pipeline on each gold article
// alone and prints persons and contacts recall/precision, date accuracy, per class and language, overall.
// `--perturb NAME,NAME|all` (eval/perturb.ts): the overall figures again with each article rewritten as outlets and
// keyboards also write it (digits, letters, spaces, line ends), beside the clean ones.
// `--dir PATH [--details]`: a new batch of gold articles in a folder of its own, scored before it joins dev.
// The kept-apart split prints its figures only: its misses are never listed, so nobody tunes on them.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runPipeline } from '../src/pipeline/run-pipeline';
import { PERTURBATIONS, type Perturbation } from './perturb';
import { addUp, goldProblems, goldSchema, scoreArticle, type ArticleScore, type Gold, type Totals } from './score';

const CLASS_NAMES: Record<number, string> = {
  1: 'registry too narrow',
  2: 'title + common words',
  3: 'unseen spelling',
  4: 'role inside longer title',
  5: 'not everyone takes part',
  6: 'contact wordings',
  7: 'one contact, two reports',
  8: 'dates from the wrong clause',
};

interface Scored {
  stem: string;
  gold: Gold;
  score: ArticleScore;
}

function loadSplit(dir: string, only: string | undefined): { stem: string; gold: Gold; text: string }[] {
  const stems = readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .map((f) => f.slice(0, -'.gold.json'.length))
    .filter((s) => !only || only.split(',').some((prefix) => s.startsWith(prefix)))
    .sort();
  return stems.map((stem) => {
    const raw = JSON.parse(readFileSync(join(dir, `${stem}.gold.json`), 'utf8'));
    const parsed = goldSchema.safeParse(raw);
    if (!parsed.success) throw new Error(`${stem}.gold.json: ${parsed.error.message}`);
    const text = readFileSync(join(dir, `${stem}.txt`), 'utf8');
    const problems = goldProblems(parsed.data, text);
    if (problems.length) throw new Error(`${stem}.gold.json: ${problems.join('; ')}`);
    return { stem, gold: parsed.data, text };
  });
}

/** Each article run alone (rewritten by `perturbation` where it applies to its language) and scored against its gold
 *  and its clean text where the rewriting keeps every character's place, else against both rewritten. */
function scoreSplit(articles: { stem: string; gold: Gold; text: string }[], perturbation?: Perturbation): Scored[] {
  return articles.map(({ stem, gold, text }) => {
    const file = `${stem}.txt`;
    const manifest = JSON.stringify([{ file, title: gold.title, source: gold.source, url: null, published: gold.published, language: gold.language }]);
    const rewrite = perturbation?.languages.includes(gold.language) ? perturbation : undefined;
    const read = rewrite ? rewrite.apply(text, gold.title) : text;
    const scoring = rewrite?.scoring ?? 'in place';
    if (scoring === 'in place' && read.length !== text.length) throw new Error(`${stem}: the rewriting changed the text's length`);
    const { dataset } = runPipeline([{ name: file, bytes: new TextEncoder().encode(read) }], manifest);
    if (scoring === 'in place' || scoring === 'taken out when read') return { stem, gold, score: scoreArticle(dataset, gold, text) };
    const forms = (p: Gold['persons'][number]) => (scoring === 'words rewritten' ? p.forms.map((f) => rewrite!.apply(f, null)) : p.forms);
    return { stem, gold, score: scoreArticle(dataset, { ...gold, persons: gold.persons.map((p) => ({ ...p, forms: forms(p) })) }, read) };
  });
}

const pct = (n: number, d: number) => (d === 0 ? '   –  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

function row(label: string, t: Totals): string {
  return [
    label.padEnd(34),
    String(t.articles).padStart(3),
    pct(t.persons.found, t.persons.gold),
    pct(t.persons.correct, t.persons.predicted),
    pct(t.contacts.matched, t.contacts.gold),
    pct(t.contacts.matched, t.contacts.predicted),
    pct(t.dates.right, t.dates.compared),
    `${String(t.contacts.matched).padStart(4)}/${String(t.contacts.gold).padEnd(4)}`,
    pct(t.planned.matched, t.planned.gold),
    pct(t.planned.matched, t.planned.predicted),
  ].join('  ');
}

function report(name: string, scored: Scored[], details: boolean): void {
  console.log(`\n== ${name}: ${scored.length} articles ==`);
  console.log(
    ['group'.padEnd(34), 'art', 'pers R', 'pers P', 'cont R', 'cont P', ' date ', 'matched  ', 'plan R', 'plan P'].join('  '),
  );
  console.log(row('overall', addUp(scored.map((s) => s.score))));
  for (const lang of ['ar', 'en'] as const) {
    const part = scored.filter((s) => s.gold.language === lang);
    if (part.length) console.log(row(`language ${lang}`, addUp(part.map((s) => s.score))));
  }
  for (const [k, label] of Object.entries(CLASS_NAMES)) {
    const part = scored.filter((s) => s.gold.classes.includes(Number(k)));
    if (part.length) console.log(row(`class ${k} ${label}`, addUp(part.map((s) => s.score))));
  }
  if (!details) return;
  for (const { stem, score } of scored) {
    const lines = [
      ...score.persons.missed.map((p) => `  person missed:    ${p}`),
      ...score.persons.invented.map((p) => `  person invented:  ${p}`),
      ...score.contacts.missed.map((c) => `  contact missed:   ${c}`),
      ...score.contacts.invented.map((c) => `  contact invented: ${c}`),
      ...score.dates.wrong.map((d) => `  date wrong:       ${d}`),
      ...score.planned.missed.map((c) => `  planned missed:   ${c}`),
      ...score.planned.invented.map((c) => `  planned invented: ${c}`),
    ];
    if (lines.length) console.log(`${stem}\n${lines.join('\n')}`);
  }
}

/** The overall row of the split clean, then rewritten by each perturbation (only over the articles of its languages). */
function reportPerturbed(split: string, clean: Scored[], articles: { stem: string; gold: Gold; text: string }[], names: string[]): void {
  console.log(`\n== ${split}, rewritten: ${articles.length} articles ==`);
  console.log(['rewriting (articles it applies to)'.padEnd(34), 'art', 'pers R', 'pers P', 'cont R', 'cont P', ' date ', 'matched  ', 'plan R', 'plan P'].join('  '));
  console.log(row('clean', addUp(clean.map((s) => s.score))));
  let languagesShown = '';
  for (const name of names) {
    const perturbation = PERTURBATIONS[name];
    const applies = articles.filter((a) => perturbation.languages.includes(a.gold.language));
    // (The clean figures of the articles it applies to, where they are not those just shown.)
    const languages = perturbation.languages.join('+');
    if (languages !== languagesShown) console.log(row(`clean, ${languages}`, addUp(clean.filter((s) => perturbation.languages.includes(s.gold.language)).map((s) => s.score))));
    languagesShown = languages;
    console.log(row(`  ${name}`, addUp(scoreSplit(applies, perturbation).map((s) => s.score))));
  }
}

function main(): void {
  const { values } = parseArgs({
    options: {
      split: { type: 'string', default: 'all' },
      details: { type: 'boolean', default: false },
      only: { type: 'string' },
      perturb: { type: 'string' },
      dir: { type: 'string' },
    },
  });
  // A new batch of gold articles, scored before anyone reads its misses: the figure of news the rules never saw.
  if (values.dir) {
    const articles = loadSplit(resolve(values.dir), values.only);
    report(`${values.dir} (a new batch)`, scoreSplit(articles), values.details);
    return;
  }
  const root = resolve(import.meta.dirname);
  const splits = values.split === 'all' ? ['dev', 'heldout'] : [values.split!];
  const perturbations = values.perturb === undefined ? [] : values.perturb === 'all' ? Object.keys(PERTURBATIONS) : values.perturb.split(',');
  for (const name of perturbations) if (!PERTURBATIONS[name]) throw new Error(`unknown rewriting ${name} (${Object.keys(PERTURBATIONS).join(', ')} or all)`);
  for (const split of splits) {
    if (split !== 'dev' && split !== 'heldout') throw new Error(`unknown split ${split} (dev, heldout or all)`);
    const articles = loadSplit(join(root, split), values.only);
    const scored = scoreSplit(articles);
    if (perturbations.length) {
      reportPerturbed(split, scored, articles, perturbations);
      continue;
    }
    // The kept-apart split is never listed case by case: its figures are all anyone sees of it.
    report(split === 'heldout' ? 'heldout (kept apart: figures only)' : 'dev', scored, values.details && split === 'dev');
  }
  console.log('\npers R/P: persons recall/precision · cont R/P: held contacts found / reported that the text supports (type, participants, day) · date: right day among contacts found on type and participants · plan R/P: planned contacts found / reported that the text supports (type, participants)');
}

main();
