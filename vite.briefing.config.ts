// The briefing template: the whole app in ONE html file (scripts, styles, fonts and the layout worker inlined),
// written next to the app as dist/briefing-template.html. At export time the app fills it with the dataset and
// the saved views (src/export/briefing-file.ts), so the file opens from a USB stick with no server or network.
import { defineConfig, mergeConfig, type Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { sharedConfig } from './vite.config.ts';

export const BRIEFING_TEMPLATE_FILE = 'briefing-template.html';

// `new Worker(new URL('./x.worker.ts', import.meta.url), …)` makes Vite emit the worker as a separate file, which a
// single file cannot hold and which Chromium refuses to start from file://. Vite's `?worker&inline` import holds the
// worker's code in the bundle and starts it from a blob: URL, which works offline from file://.
const workerUrlPattern = /new\s+Worker\(\s*new\s+URL\(\s*(['"])(\.{1,2}\/[^'"]+\.worker\.ts)\1\s*,\s*import\.meta\.url\s*\)\s*,/g;

function inlineWorkers(): Plugin {
  return {
    name: 'briefing:inline-workers',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || !code.includes('import.meta.url')) return null;
      const imports: string[] = [];
      const rewritten = code.replace(workerUrlPattern, (_, _quote: string, path: string) => {
        const name = `InlineWorker${imports.length}`;
        imports.push(`import ${name} from ${JSON.stringify(`${path}?worker&inline`)};`);
        return `new ${name}(`;
      });
      return imports.length ? { code: `${imports.join('\n')}\n${rewritten}`, map: null } : null;
    },
  };
}

export default mergeConfig(
  sharedConfig,
  defineConfig({
    plugins: [inlineWorkers(), viteSingleFile({ outputFileName: BRIEFING_TEMPLATE_FILE })],
    // Written into the app's own build folder, after it: keep that build and its data.
    build: { outDir: 'dist', emptyOutDir: false, copyPublicDir: false },
  }),
);
