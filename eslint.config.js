// Lint holds the layers the folder tree promises (core never imports electron; the renderer never
// imports node, electron or main) and the type-aware rules that catch real bugs. Zero warnings.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const RENDERER = 'src/renderer/src';
const APP_ONLY = 'is the app shell: only app/shell and app/App.tsx compose the features.';

/** The renderer's import restrictions: never the app's internals, plus a layer's own patterns. */
function rendererImports(patterns = []) {
  return {
    paths: ['electron', 'better-sqlite3', 'exceljs'],
    patterns: [
      { group: ['node:*'], message: 'The renderer reaches the app only through window.api.' },
      { group: ['**/main/**'], message: 'The renderer reaches the app only through window.api.' },
      ...patterns,
    ],
  };
}

const feature = (name) => ({ group: [`**/${name}/**`, `!**/${name}/index.ts`], message: `Another feature is reached only through ${name}/index.ts.` });
const noShell = { group: ['**/app/shell/**', '**/app/App.tsx'], message: `That ${APP_ONLY}` };
const noFeatures = ['matrix', 'reader', 'annotations', 'sources'].map((name) => ({ group: [`**/${name}/**`], message: 'Lower layers (api, app, ui) never import a feature.' }));

const RENDERER_LAYERS = [
  { files: [`${RENDERER}/api/**`], patterns: [{ group: ['**/app/**', '**/ui/**'], message: 'api/ is the bottom layer.' }, ...noFeatures] },
  { files: [`${RENDERER}/app/**`], ignores: [`${RENDERER}/app/shell/**`, `${RENDERER}/app/App.tsx`], patterns: [noShell, { group: ['**/ui/**'], message: 'app/ infrastructure sits below ui/.' }, ...noFeatures] },
  { files: [`${RENDERER}/ui/**`], patterns: [noShell, { group: ['**/app/store/**'], message: 'ui/ shows what it is given; it holds no app data.' }, ...noFeatures] },
  // matrix embeds the annotations form and list (one way: annotations never imports matrix).
  { files: [`${RENDERER}/matrix/**`], patterns: [noShell, feature('annotations'), { group: ['**/reader/**', '**/sources/**'], message: 'Features do not import each other; move shared code to app/ or ui/.' }] },
  { files: [`${RENDERER}/annotations/**`], patterns: [noShell, { group: ['**/matrix/**', '**/reader/**', '**/sources/**'], message: 'Features do not import each other; move shared code to app/ or ui/.' }] },
  { files: [`${RENDERER}/reader/**`], patterns: [noShell, { group: ['**/matrix/**', '**/annotations/**', '**/sources/**'], message: 'Features do not import each other; move shared code to app/ or ui/.' }] },
  { files: [`${RENDERER}/sources/**`], patterns: [noShell, { group: ['**/matrix/**', '**/annotations/**', '**/reader/**'], message: 'Features do not import each other; move shared code to app/ or ui/.' }] },
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.tools/**', 'bench/.work/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Node globals everywhere but the renderer, which gets the browser's instead (below).
    ignores: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['src/main/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'src/main/core is plain Node: keep Electron in src/main/*.ts and src/main/ipc.' }] }],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: ['electron', 'react'], patterns: [{ group: ['node:*'], message: 'src/shared is imported by the renderer: no Node modules.' }] },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      // The classic hook rules; the React-Compiler rules of v7's preset flag patterns this code uses
      // deliberately (loading state set at the start of an effect).
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': ['error', rendererImports()],
    },
  },
  // The renderer's layers, bottom to top: api/ (the one client) -> app/ (status, navigation, routes,
  // store) and ui/ (the design system) -> the features (matrix/, reader/, annotations/) -> app/shell/
  // and app/App.tsx, which compose them. Calls flow down only; a feature reaches another feature only
  // through that feature's index.ts, and never both ways.
  ...RENDERER_LAYERS.map(({ files, ignores, patterns }) => ({
    files,
    ...(ignores ? { ignores } : {}),
    rules: { 'no-restricted-imports': ['error', rendererImports(patterns)] },
  })),
);
