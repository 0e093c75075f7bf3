// Lint config: typescript-eslint's recommended rules over the TypeScript sources.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
  {
    // Every kg command loads the CLI and all its commands: what only one command needs (an
    // HTTP server, a file watcher) is imported inside its action with await import().
    files: ['pipeline/cli.ts', 'pipeline/commands/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/serve/server.ts', 'fastify', '@fastify/*'], message: 'load the HTTP server inside the serve action (await import), so other commands start without fastify' },
            { group: ['**/watch.ts', 'chokidar'], message: 'load the watcher inside the --watch branch (await import), so other commands start without chokidar' },
          ],
        },
      ],
    },
  },
);
