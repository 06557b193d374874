// A name in one script set into a line of the other («اتصال هاتفي: Putin – Pezeshkian») must keep its own order and
// leave its neighbours' alone: brackets, dashes and digits beside it would otherwise be taken into its direction.
// In React text that is <bdi>; in plain strings (titles, tooltips, aria-labels, canvas labels) the isolate marks.

/** The text between First Strong Isolate and Pop Directional Isolate: laid out on its own, in its own direction. */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
