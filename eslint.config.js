// Lint rules enforce the dependency direction of the design:
// contracts <- models <- knowledge <- server; kiosk and robot reach the server only through contracts
// and the network; nothing imports eval.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const layer = (files, forbidden, message) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: forbidden.map((folder) => ({ group: [`**/${folder}`, `**/${folder}/**`], message })) },
    ],
  },
});

export default tseslint.config(
  { ignores: ['node_modules/**', 'data/**', '**/dist/**', 'eval/reports/**', 'test-results/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  layer(['contracts/**'], ['models', 'knowledge', 'server', 'kiosk', 'robot', 'eval'], 'contracts/ depends on nothing else in the project.'),
  layer(['models/**'], ['knowledge', 'server', 'kiosk', 'robot', 'eval'], 'models/ may only import contracts/.'),
  layer(['knowledge/**'], ['server', 'kiosk', 'robot', 'eval'], 'knowledge/ may import contracts/ and models/ only.'),
  layer(['server/**'], ['kiosk', 'robot', 'eval'], 'server/ must not import kiosk/, robot/ or eval/.'),
  layer(['kiosk/**', 'robot/**'], ['models', 'knowledge', 'server', 'eval'], 'kiosk/ and robot/ reach the server only through contracts/ and the network.'),
  layer(['eval/**'], ['server', 'kiosk', 'robot'], 'eval/ measures knowledge/ through its public entry points.'),
);
