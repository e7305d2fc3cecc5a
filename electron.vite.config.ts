import fs from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
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

export default defineConfig({
  main: {
    build: {
      externalizeDeps: true,
      // The import worker is its own entry: run-worker.ts starts it from out/main/import-worker.js.
      rollupOptions: { input: { index: resolve('src/main/index.ts'), 'import-worker': resolve('src/main/core/corpus/import/worker.ts') } },
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
    plugins: [react(), pdfjsData()],
  },
});
