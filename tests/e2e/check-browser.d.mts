// Types of check-browser.mjs (plain JavaScript, so that `npm test` runs it before anything is compiled).
export declare const DEFAULT_CHROMIUM: string;
export declare function chromiumPath(env?: Record<string, string | undefined>): string;
export declare function browserProblem(env?: Record<string, string | undefined>): string | null;
