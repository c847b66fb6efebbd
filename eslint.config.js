// ESLint flat config. Run with `npm run lint` (also part of `npm test`).
// Not type-checked: typescript-eslint's type-aware rules would run the whole TypeScript program and
// cost far more than the seconds `npm test` can spare; `npm run check` (tsc) covers types.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Data as an argument: the processed data is read in one module, src/lib/site-data.ts.
// The pages in src/pages/ call its siteData() and pass what they show down as props; views, layouts,
// components and library functions get the data as props or arguments. scripts/ and tests/ are entry
// points and test harnesses that load a data folder themselves, so these rules do not apply there.
const LOAD_DATASET_ALLOWED = ['src/lib/site-data.ts'];

// Small modules: no file in src/ above 300 lines except the dictionaries, no function above 80 lines.
const size = [
  { files: ['src/**/*.ts'], rules: { 'max-lines': ['error', 300], 'max-lines-per-function': ['error', 80] } },
  // The dictionaries: UI text, long by nature.
  { files: ['src/i18n/id/**', 'src/i18n/en/**'], rules: { 'max-lines': 'off' } },
];

/** Import rules as `no-restricted-imports` patterns; import specifiers are relative paths. */
const NO_LOAD_DATASET = {
  regex: '(^|/)model/load(\\.ts)?$',
  importNames: ['loadDataset'],
  message: 'Pass the dataset (or what is shown) as an argument; only src/lib/site-data.ts calls loadDataset (eslint.config.js).',
};
const NO_SITE_DATA = {
  regex: '(^|/)site-data(\\.ts)?$',
  importNames: ['siteData'],
  message: 'Only the pages in src/pages/ call siteData(); views, layouts and components get the data as props, library code as arguments.',
};
const LIB_UPWARD = {
  regex: '(^|/)(components|views|layouts|pages|scripts)/',
  message: 'src/lib is pure logic: it must not import components, views, layouts, pages or browser scripts.',
};
const INGEST_TO_MODEL = {
  regex: '(^|/)model/',
  message: 'Ingest writes data/processed; it must not depend on the model layer that reads it.',
};
const MODEL_TO_INGEST = {
  regex: '(^|/)ingest/',
  message: 'The model reads data/processed; it must not depend on the ingest that writes it.',
};
const MODEL_TO_DRAWING = {
  regex: '(^|/)(charts|map|images|export|comparison)/',
  message: 'The model answers questions about the data; drawing and export modules use it, not the other way round.',
};

/** The layer rules that apply to one file of src/ (without the loadDataset rule). */
function layerPatterns(file) {
  if (file.startsWith('src/lib/ingest/')) return [LIB_UPWARD, INGEST_TO_MODEL];
  if (file.startsWith('src/lib/model/')) return [LIB_UPWARD, MODEL_TO_INGEST, MODEL_TO_DRAWING];
  if (file.startsWith('src/lib/')) return [LIB_UPWARD];
  return [];
}

// Flat config does not merge the options of one rule across objects: the last matching object wins,
// so every object lists all the patterns for its files, and the allow-listed files come last.
const restricted = (patterns) => ['error', { patterns }];
const layers = [
  { files: ['src/**'], rules: { 'no-restricted-imports': restricted([NO_LOAD_DATASET, NO_SITE_DATA]) } },
  { files: ['src/pages/**'], rules: { 'no-restricted-imports': restricted([NO_LOAD_DATASET]) } },
  { files: ['src/lib/**'], rules: { 'no-restricted-imports': restricted([LIB_UPWARD, NO_LOAD_DATASET, NO_SITE_DATA]) } },
  { files: ['src/lib/ingest/**'], rules: { 'no-restricted-imports': restricted([...layerPatterns('src/lib/ingest/'), NO_LOAD_DATASET, NO_SITE_DATA]) } },
  { files: ['src/lib/model/**'], rules: { 'no-restricted-imports': restricted([...layerPatterns('src/lib/model/'), NO_LOAD_DATASET, NO_SITE_DATA]) } },
  { files: ['src/lib/model/load.ts'], rules: { 'no-restricted-imports': restricted([...layerPatterns('src/lib/model/load.ts'), NO_SITE_DATA]) } },
  ...LOAD_DATASET_ALLOWED.map((file) => {
    const patterns = layerPatterns(file);
    // Brackets in Astro route file names are glob syntax: escape them.
    return { files: [file.replace(/[[\]]/g, '\\$&')], rules: { 'no-restricted-imports': patterns.length ? restricted(patterns) : 'off' } };
  }),
];

export default tseslint.config(
  {
    ignores: ['dist/', 'dist-*/', '.astro/', '.scratch/', 'reports/', 'bench/work/', 'data/', 'node_modules/', 'tests/fixtures/', '**/__snapshots__/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // `_`-prefixed names are deliberately unused (destructuring to drop a key, required callback parameters).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
    },
  },
  {
    // Browser code: the client scripts bundled by Astro.
    files: ['src/scripts/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  ...size,
  ...layers,
);
