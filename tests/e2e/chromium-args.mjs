// How the end-to-end tests and bench:ui start Debian's Chromium: headless in a container (no sandbox, no GPU,
// a small /dev/shm) and quiet.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--no-first-run',
  // Chromium 156 loads its address bar's drop-down (a web page of its own: ~180 requests and ~1 s of CPU) in every
  // new window, and each test or benchmark page opens one. On 2 cores that work ran beside the app's first render
  // and slowed it by ~300 ms; a user's browser does it once, not on each visit.
  '--disable-features=OmniboxPopupWebUIContent,OmniboxAimPopupWebUIContent',
];
