import fs from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The page view's pdf.js data, shipped with the renderer under pdfjs/: the character maps (CJK PDFs
 * whose fonts are not embedded) and the standard fonts (PDFs naming Helvetica, Times… without
 * embedding them). Served by the dev server too. The worker comes in through `?url`; the wasm
 * decoders, the viewer and the sandbox are left out.
 */
function pdfjsData(): Plugin {
  const root = resolve('node_modules/pdfjs-dist');
  const folders = ['cmaps', 'standard_fonts'];
  return {
    name: 'policy-matrix:pdfjs-data',
    configureServer(server) {
      server.middlewares.use('/pdfjs/', (req, res, next) => {
        const [folder, name, ...rest] = (req.url ?? '').replace(/^\//, '').split('?')[0]!.split('/');
        if (!folder || !folders.includes(folder) || !name || rest.length > 0 || name.startsWith('.')) return next();
        const file = join(root, folder, name);
        if (!fs.existsSync(file)) return next();
        res.setHeader('Content-Type', 'application/octet-stream');
        res.end(fs.readFileSync(file));
      });
    },
    generateBundle() {
      for (const folder of folders) {
        for (const name of fs.readdirSync(join(root, folder))) {
          this.emitFile({ type: 'asset', fileName: `pdfjs/${folder}/${name}`, source: fs.readFileSync(join(root, folder, name)) });
        }
      }
    },
  };
}

/**
 * The home view's chunk (the matrix and AG Grid) and its styles are fetched and compiled while the
 * startup chunk runs, not after: a dynamic import starts its request only when the code that asks for
 * it has run, some 100–250 ms after the startup chunk arrived. `modulepreload` fetches and compiles a
 * module without running it; the import (views.ts) then finds it ready. The chunk still runs only when
 * imported, so a deep link into the reader does not execute AG Grid.
 */
function preloadHomeView(entry: string): Plugin {
  return {
    name: 'policy-matrix:preload-home-view',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return [];
        const home = Object.values(bundle).find((c) => c.type === 'chunk' && c.isDynamicEntry && c.facadeModuleId?.endsWith(entry));
        if (!home || home.type !== 'chunk') throw new Error(`preload-home-view: no dynamic chunk for ${entry}`);
        const scripts = new Set<string>();
        const styles = new Set<string>();
        const visit = (fileName: string) => {
          const chunk = bundle[fileName];
          if (!chunk || chunk.type !== 'chunk' || chunk.isEntry || scripts.has(fileName)) return;
          scripts.add(fileName);
          for (const css of chunk.viteMetadata?.importedCss ?? []) styles.add(css);
          for (const dep of chunk.imports) visit(dep);
        };
        visit(home.fileName);
        const tags: HtmlTagDescriptor[] = [];
        for (const href of scripts) tags.push({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${href}` }, injectTo: 'head' });
        for (const href of styles) tags.push({ tag: 'link', attrs: { rel: 'preload', as: 'style', crossorigin: true, href: `./${href}` }, injectTo: 'head' });
        return tags;
      },
    },
  };
}

/**
 * The app's entry module is preloaded, not run, by index.html: public/first-frame.js starts it, at once,
 * or (when it shows the static first frame kept by the last launch) once that frame is painted. A
 * module script in the page would run first: its evaluation (the startup chunk, 100–300 ms) came
 * before main's answers reached the page, so the static frame painted only after it. Build only: the
 * dev server keeps its module script (first-frame.js then finds no entry to start).
 */
function startFromFirstFrame(): Plugin {
  return {
    name: 'policy-matrix:start-from-first-frame',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const entry = /<script type="module" crossorigin src="(\.\/assets\/index-[^"]+\.js)"><\/script>/;
        const found = entry.exec(html);
        if (!found) throw new Error('start-from-first-frame: no entry module script in index.html');
        return html.replace(found[0], `<link rel="modulepreload" crossorigin href="${found[1]}" data-app-entry>`);
      },
    },
  };
}

export default defineConfig({
  main: {
    build: {
      externalizeDeps: true,
      // The workers are entries of their own: run-worker.ts starts out/main/import-worker.js,
      // db/migrate-in-worker.ts out/main/migrate-worker.js, page-labels.ts out/main/page-labels-worker.js.
      rollupOptions: {
        input: {
          index: resolve('src/main/index.ts'),
          'import-worker': resolve('src/main/core/corpus/import/worker.ts'),
          'migrate-worker': resolve('src/main/core/db/migrate-worker.ts'),
          'page-labels-worker': resolve('src/main/core/corpus/import/page-labels-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can only require('electron'): bundle everything else into one CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src/renderer',
    // Relative asset URLs so the same build loads from file:// in Electron and from a local server in tests.
    base: './',
    build: { minify: true, rollupOptions: { input: { index: resolve('src/renderer/index.html') } } },
    plugins: [react(), pdfjsData(), preloadHomeView('src/renderer/src/matrix/MatrixView.tsx'), startFromFirstFrame()],
  },
});
