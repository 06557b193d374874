/** A problem with one input file, reported to the user by name; the rest of the corpus still builds. */
export interface CorpusIssue {
  file: string;
  message: string;
}
