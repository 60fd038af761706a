import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const NO_HTML = 'Build DOM nodes; never parse strings as HTML (README "Security").';

/** HTML sinks forbidden everywhere: page text must never be parsed as HTML. */
const htmlSinks = [
  { selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML|srcdoc)$/]', message: NO_HTML },
  {
    selector:
      'CallExpression[callee.property.name=/^(insertAdjacentHTML|setHTMLUnsafe|createContextualFragment)$/]',
    message: NO_HTML,
  },
  {
    selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]",
    message: NO_HTML,
  },
];

/** In the product code also no HTML parser at all (tests use DOMParser to build fixtures). */
const htmlParsers = [
  { selector: "NewExpression[callee.name='DOMParser']", message: NO_HTML },
  { selector: "CallExpression[callee.property.name='parseFromString']", message: NO_HTML },
];

/**
 * Content scripts listen to the page's events only through onTrusted (src/content/trusted-events.ts),
 * which drops the events a page makes itself; and never read storage (they ask the background).
 */
const contentRules = [
  {
    selector: "CallExpression[callee.property.name='addEventListener']",
    message:
      'Content code listens through onTrusted (src/content/trusted-events.ts): pages make untrusted events.',
  },
  {
    selector: 'AssignmentExpression[left.property.name=/^on[a-z]+$/]',
    message:
      'Content code listens through onTrusted (src/content/trusted-events.ts): pages make untrusted events.',
  },
  {
    selector: "MemberExpression[property.name='storage']",
    message: 'Content scripts never touch storage: ask the background (README "Security").',
  },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'dicts/compiled/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Type-aware rules: a promise nobody awaits loses its error; a type import must not load a module.
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname + '/..' },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { arguments: false, attributes: false } },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', ...htmlSinks],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**'],
    rules: { 'no-restricted-syntax': ['error', ...htmlSinks, ...htmlParsers] },
  },
  {
    files: ['src/content/**/*.ts'],
    ignores: ['src/content/trusted-events.ts'],
    rules: { 'no-restricted-syntax': ['error', ...htmlSinks, ...htmlParsers, ...contentRules] },
  },
  {
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-globals': ['error', 'document', 'window', 'chrome', 'browser', 'navigator', 'fetch'],
    },
  },
);
