import eslint from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

/**
 * TypeScript rules for the whole project, plus the conventions a reviewer would otherwise have to
 * remember: every subgraph mutation goes through the shared mutation path (runtime/mutation.ts).
 */
export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'coverage/', '.data/', '**/__generated__/', 'subgraphs/*/src/migrations/'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    // Subgraph code writes only through runMutation: one transaction, idempotency, audit and refusals.
    // Background jobs (`*-job.ts`) run outside any request and commit their own transactions.
    files: ['subgraphs/*/src/**/*.ts'],
    ignores: [
      '**/*.test.ts',
      '**/*-job.ts',
      'subgraphs/*/src/seed/**',
      'subgraphs/suppliers/src/facility-list-import/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/runtime/idempotency'],
              message: 'Mutations run through runMutation (runtime/mutation.ts), which applies the idempotency key.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='transactional']",
          message: 'Mutations run through runMutation (runtime/mutation.ts), which opens the one transaction.',
        },
      ],
    },
  },
  prettier,
);
