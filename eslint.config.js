import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_ONLY = ['node:*', 'fs', 'path', 'better-sqlite3', 'electron', 'docx', 'pdf-lib', '@cantoo/pdf-lib', 'fontkit', 'exceljs', 'mammoth'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'native/**', 'tests/.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: NODE_ONLY, message: 'src/shared is pure TypeScript: no Node, Electron or DOM imports.' },
            { group: ['**/main/**', '**/renderer/**', '**/cli/**', '**/preload/**', 'react', 'react-dom', '@tiptap/*'], message: 'src/shared depends on nothing else in src/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: NODE_ONLY, message: 'The renderer never touches the file system: ask main through the contract.' },
            { group: ['**/main/**', '**/cli/**'], message: 'The renderer reaches main only through the contract (src/renderer/api).' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/main/**/*.ts', 'src/cli/**/*.ts'],
    ignores: ['src/main/index.ts', 'src/main/ipc.ts', 'src/main/electron/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Electron is imported only in src/main/index.ts, src/main/ipc.ts and src/main/electron/.' }],
          patterns: [{ group: ['react', 'react-dom', '@tiptap/*', '**/renderer/**'], message: 'main never imports the renderer or React.' }],
        },
      ],
    },
  },
  {
    // Services are the pure core; the shell (main/*.ts, electron/, web/) adapts them, never the other way.
    files: ['src/main/services/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Electron is imported only in src/main/index.ts, src/main/ipc.ts and src/main/electron/.' }],
          patterns: [
            { group: ['react', 'react-dom', '@tiptap/*', '**/renderer/**'], message: 'main never imports the renderer or React.' },
            {
              regex: String.raw`^(\.\./)+(api|index|ipc|dispatch-call|host|electron/.*|web/.*)$`,
              message: 'A service never imports the shell (src/main/*.ts, electron/, web/): share types through services/app-context.ts.',
            },
          ],
        },
      ],
    },
  },
);
