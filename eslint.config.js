import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';

/**
 * Layering: imports flow one way, ui → state → graph → extract (data and workers sit
 * beside state). A lower layer never imports a higher one.
 */
const layers = [
  { target: './src/extract', from: ['./src/graph', './src/state', './src/data', './src/ui', './src/workers'] },
  { target: './src/graph', from: ['./src/state', './src/data', './src/ui', './src/workers'] },
  { target: './src/state', from: ['./src/ui', './src/data'] },
  { target: './src/data', from: ['./src/ui'] },
  { target: './src/workers', from: ['./src/ui', './src/state', './src/data'] },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public', 'test-results', 'playwright-report', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-restricted-paths': ['error', { zones: layers }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'warn',
    },
  },
  {
    // The extraction pipeline runs in Node and in a Web Worker: no DOM, no React.
    files: ['src/extract/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react', 'react-dom', 'react/*'] }],
      'no-restricted-globals': ['error', 'document', 'window', 'localStorage', 'navigator'],
    },
  },
);
