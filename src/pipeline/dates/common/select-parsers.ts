// Chooses and gates chrono's parsers for a locale. Each parser costs a full scan of the passage by a big
// regular expression, so:
// - a parser is kept only if it finds a date (a day, weekday, month or year) in one of the locale's probe
//   phrases (chrono.ar's duration, clock-time and relative-period parsers only produce what our filters drop);
// - it then runs only when the passage matches the cheap gate of a probe class in which it found a date
//   (the month parsers only when a month name is present, and so on).
// Chosen by behaviour, not class name: a production build minifies class names.
import { Chrono, type Parser, type ParsingContext } from 'chrono-node';

export interface ProbeClass {
  /** Phrases (normalised spelling) that parsers of this class must find. */
  probes: string[];
  /** A cheap test that every text such a parser can match passes. */
  gate: RegExp;
}

const PROBE_REFERENCE = { instant: new Date('2024-10-11T12:00:00Z'), timezone: 0 };
/** Fails at once: anchored, so the engine does not retry it at every position. */
const NEVER = /^(?!)/;

function findsDate(parser: Parser, probes: readonly string[]): boolean {
  const alone = new Chrono({ parsers: [parser], refiners: [] });
  return probes.some((probe) =>
    alone
      .parse(probe, PROBE_REFERENCE)
      .some(({ start }) => start.isCertain('day') || start.isCertain('weekday') || start.isCertain('month') || start.isCertain('year')),
  );
}

/** Tests gates on a text, each once however many parsers share it (chrono asks each parser in turn). */
function gateTester(): (gate: RegExp, text: string) => boolean {
  let lastText: string | null = null;
  const passed = new Map<RegExp, boolean>();
  return (gate, text) => {
    if (text !== lastText) {
      lastText = text;
      passed.clear();
    }
    let result = passed.get(gate);
    if (result === undefined) passed.set(gate, (result = gate.test(text)));
    return result;
  };
}

/** `parser`, but scanning only texts that pass one of `gates`. */
function gated(parser: Parser, gates: readonly RegExp[], passes: (gate: RegExp, text: string) => boolean): Parser {
  return {
    pattern: (context: ParsingContext) => (gates.some((gate) => passes(gate, context.text)) ? parser.pattern(context) : NEVER),
    extract: (context, match) => parser.extract(context, match),
  };
}

export function selectParsers(parsers: readonly Parser[], classes: readonly ProbeClass[], useGates = true): Parser[] {
  const passes = gateTester();
  const selected: Parser[] = [];
  for (const parser of parsers) {
    const gates = classes.filter((probeClass) => findsDate(parser, probeClass.probes)).map((probeClass) => probeClass.gate);
    if (gates.length > 0) selected.push(useGates ? gated(parser, gates, passes) : parser);
  }
  return selected;
}
