// The first step of `npm test`: the end-to-end tests drive a Chromium, and without one the type-check, unit tests
// and build would spend minutes before the runner fails. This says in one line what to install, at once.
// Fonts are not checked: the app bundles the Noto fonts its text is drawn in (src/app/main.tsx), so the tests
// see the same glyphs whatever the machine has.
import { statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';
const INSTALL = '`apt-get install -y chromium fonts-noto-core`';

/** The Chromium the end-to-end tests start: CHROMIUM_PATH, else Debian's. */
export function chromiumPath(env = process.env) {
  return env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
}

/** Why no browser can be started from `chromiumPath(env)`, in one line naming it and the way out; null when one can. */
export function browserProblem(env = process.env) {
  const path = chromiumPath(env);
  const culprit = env.CHROMIUM_PATH ? `${path} (CHROMIUM_PATH)` : path;
  const remedy = env.CHROMIUM_PATH ? `point CHROMIUM_PATH at a Chromium binary, or unset it and run ${INSTALL}` : `run ${INSTALL}, or set CHROMIUM_PATH`;
  const found = statSync(path, { throwIfNoEntry: false });
  if (!found) return `Chromium not found at ${culprit}: ${remedy}`;
  if (!found.isFile()) return `Chromium not found at ${culprit}, which is not a file: ${remedy}`;
  // The mode bits, not access(X_OK): for root that says yes to any file.
  if ((found.mode & 0o111) === 0) return `Chromium at ${culprit} is not executable: ${remedy}`;
  return null;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const problem = browserProblem();
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}
