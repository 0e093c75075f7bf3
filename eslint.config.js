// Lint config: typescript-eslint's recommended rules over the TypeScript sources, and the
// layer rules that keep every import pointing down (see docs/architecture.md):
//   extractors ← graph ← pipeline, cypher a leaf; scripts, bench and tests on top.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** The folders that sit on top of the product: nothing in the product may import them. */
const ON_TOP = ['scripts', 'bench', 'tests'];

/** Every top-level folder that holds code or data. */
const FOLDERS = ['extractors', 'graph', 'cypher', 'pipeline', 'bin', 'web', 'seeds', 'dashboards', ...ON_TOP];

/** Every folder but `own`: what a self-contained layer may not import. */
const allBut = (own) => FOLDERS.filter((folder) => folder !== own);

/**
 * The import rules of one layer: the top-level folders it must not import (relative paths
 * that climb to the project root and enter one of them). Static imports, re-exports and
 * dynamic import() are all checked. `staticOnly`: more no-restricted-imports patterns, which
 * forbid only static imports (a dynamic import() of them stays allowed).
 */
function layer(files, { forbidden, why, staticOnly = [] }) {
  const pattern = `^(?:\\.\\./)+(?:${forbidden.join('|')})(?:/|$)`;
  return {
    files,
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: pattern, message: why }, ...staticOnly] }],
      'no-restricted-syntax': [
        'error',
        { selector: `ImportExpression[source.value=/${pattern.replaceAll('/', '\\/')}/]`, message: why },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ['node_modules/', '.neo4j/', 'bench/results/', 'coverage/', 'tmp/', 'dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['extractors/**/*.ts', 'graph/**/*.ts'],
    rules: { 'no-console': 'error' },
  },
  layer(['extractors/**/*.ts'], {
    forbidden: allBut('extractors'),
    why: 'extractors/ is pure and self-contained: it imports nothing from the rest of the project (pass what a stage needs as an argument).',
  }),
  layer(['cypher/**/*.ts'], {
    forbidden: allBut('cypher'),
    why: 'cypher/ is a leaf: it imports nothing from the project (its caller passes the analyses folder).',
  }),
  layer(['graph/**/*.ts'], {
    forbidden: ['pipeline', 'bin', 'web', ...ON_TOP],
    why: 'graph/ sits below pipeline/: it never imports pipeline/ (throw a GraphError from graph/errors.ts) nor scripts/, bench/ or tests/.',
  }),
  layer(['pipeline/**/*.ts', 'bin/**/*.js', 'web/**/*.ts'], {
    forbidden: ON_TOP,
    why: 'The product never imports scripts/, bench/ or tests/: they sit on top of it (move what the product needs into it).',
  }),
  // Every kg command loads the CLI and all its commands: what only one command needs (an
  // HTTP server, a file watcher) is imported inside its action with await import(). It comes
  // after the pipeline layer and replaces its rule for these files, so it repeats that layer.
  layer(['pipeline/cli.ts', 'pipeline/commands/**/*.ts'], {
    forbidden: ON_TOP,
    why: 'The product never imports scripts/, bench/ or tests/: they sit on top of it (move what the product needs into it).',
    staticOnly: [
      {
        group: ['**/serve/server.ts', 'fastify', '@fastify/*'],
        message: 'load the HTTP server inside the serve action (await import), so other commands start without fastify',
      },
      {
        group: ['**/watch.ts', '@parcel/watcher'],
        message:
          'load the watcher inside the --watch branch (await import), so other commands start without @parcel/watcher',
      },
    ],
  }),
);
