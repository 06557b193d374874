/// <reference types="vitest/config" />
import { defineConfig, mergeConfig, type Plugin, type Rolldown } from 'vite';
import react from '@vitejs/plugin-react';
import { datasetPreloadScript } from './src/app/dataset-url.ts';

/** The views a first render shows, each in a chunk of its own (see src/app/explorer.tsx). */
const FIRST_VIEWS = /\/src\/views\/(timeline\/timeline-view|graph\/graph-view)\.tsx$/;

/** A bundle's JavaScript chunks by file name. */
function chunksOf(bundle: Rolldown.OutputBundle): Map<string, Rolldown.OutputChunk> {
  return new Map(
    Object.values(bundle)
      .filter((c): c is Rolldown.OutputChunk => c.type === 'chunk')
      .map((c) => [c.fileName, c]),
  );
}

/**
 * Marks the chunks a first render runs (the entry with what it imports, and the two views' own chunks) with V8's
 * explicit compile hint: Chromium (136 on) then compiles their functions on a background thread while they load,
 * rather than each on the main thread when first called. Other engines ignore the comment. Not the engines'
 * libraries (cytoscape): much of them never runs on load, and marking them measured no faster.
 */
function compileHints(): Plugin {
  return {
    name: 'app:compile-hints',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_, bundle) {
        const chunks = chunksOf(bundle);
        const marked = new Set<Rolldown.OutputChunk>();
        const withImports = (c: Rolldown.OutputChunk | undefined): void => {
          if (!c || marked.has(c)) return;
          marked.add(c);
          c.imports.forEach((f) => withImports(chunks.get(f)));
        };
        for (const c of chunks.values()) {
          if (c.isEntry) withImports(c);
          else if (FIRST_VIEWS.test(c.facadeModuleId ?? '')) marked.add(c);
        }
        for (const c of marked) c.code = `//# allFunctionsCalledOnLoad\n${c.code}`;
      },
    },
  };
}

/** Starts the download of the dataset file the URL asks for with the page rather than once the app's code has run
 *  (none for a dataset folder). The app only: the briefing file holds its data. */
function preloadDataset(): Plugin {
  return {
    name: 'app:preload-dataset',
    transformIndexHtml: () => [{ tag: 'script', children: datasetPreloadScript(), injectTo: 'head' }],
  };
}

/** The fonts the first screen draws with (the interface's Noto Sans, Latin and Arabic), as the build names them. */
const FIRST_SCREEN_FONTS = /^assets\/noto-sans-(latin-(400|600|700)|arabic-arabic-(400|600))-normal-[\w-]+\.woff2$/;

/**
 * Starts the download of the first screen's fonts with the page. Otherwise a font is asked for only once the first
 * layout needs it: that layout, and the next ones until it comes, look up system fonts to fall back on, then lay the
 * text out again (measured: layout on a first visit 330 → 190 ms). The app only: the briefing file holds its fonts.
 */
function preloadFonts(): Plugin {
  return {
    name: 'app:preload-fonts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_, { bundle }) =>
        Object.keys(bundle ?? {})
          .filter((f) => FIRST_SCREEN_FONTS.test(f))
          .sort()
          .map((f) => ({ tag: 'link', attrs: { rel: 'preload', href: `./${f}`, as: 'font', type: 'font/woff2', crossorigin: '' }, injectTo: 'head' })),
    },
  };
}

/**
 * Starts the download of the two first views' code (each a chunk of its own, imported at startup by
 * src/app/explorer.tsx) with the page's. Otherwise it is asked for only once the entry has arrived and run: measured,
 * the engines' chunks were requested 200 ms after the entry and came 150 ms later, after the explorer was drawn
 * without them. Their stylesheets are fetched early too (the dynamic import then finds them in the cache).
 */
function preloadFirstViews(): Plugin {
  return {
    name: 'app:preload-first-views',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, { bundle }) => {
        const chunks = chunksOf(bundle ?? {});
        const scripts = new Set<string>();
        const styles = new Set<string>();
        const add = (c: Rolldown.OutputChunk | undefined): void => {
          if (!c || scripts.has(c.fileName)) return;
          scripts.add(c.fileName);
          c.viteMetadata?.importedCss.forEach((f) => styles.add(f));
          c.imports.forEach((f) => add(chunks.get(f)));
        };
        for (const c of chunks.values()) if (FIRST_VIEWS.test(c.facadeModuleId ?? '')) add(c);
        const already = (f: string) => html.includes(`/${f}"`);
        return [
          ...[...scripts].filter((f) => !already(f)).sort().map((f) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: '', href: `./${f}` }, injectTo: 'head' as const })),
          ...[...styles].filter((f) => !already(f)).sort().map((f) => ({ tag: 'link', attrs: { rel: 'preload', as: 'style', crossorigin: '', href: `./${f}` }, injectTo: 'head' as const })),
        ];
      },
    },
  };
}

/** What the app and the briefing file (vite.briefing.config.ts) are both built with. */
export const sharedConfig = defineConfig({
  plugins: [react(), compileHints()],
  base: './',
  build: { chunkSizeWarningLimit: 1500 },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    css: false,
    include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.{ts,tsx}', 'eval/**/*.test.ts'],
    testTimeout: 20000,
  },
});

export default mergeConfig(sharedConfig, defineConfig({ plugins: [preloadDataset(), preloadFonts(), preloadFirstViews()] }));
