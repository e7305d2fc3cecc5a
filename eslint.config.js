// Lint holds the layers the folder tree promises (core never imports electron; the renderer never
// imports node, electron or main) and the type-aware rules that catch real bugs. Zero warnings.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.tools/**', 'bench/.work/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
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
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'better-sqlite3', 'exceljs'],
          patterns: [
            { group: ['node:*'], message: 'The renderer reaches the app only through window.api.' },
            { group: ['**/main/**'], message: 'The renderer reaches the app only through window.api.' },
          ],
        },
      ],
    },
  },
);
