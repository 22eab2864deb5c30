// Lint rules, including the layer rules of docs/ARCHITECTURE.md: src/core is pure (no vscode, no
// Node I/O), src/providers and src/cli never import vscode, src/webview imports only src/shared.
import tseslint from 'typescript-eslint';

const nodeIo = ['fs', 'fs/promises', 'http', 'https', 'http2', 'net', 'tls', 'dgram', 'child_process',
  'worker_threads', 'cluster', 'readline', 'os', 'process'];
const nodeIoPatterns = nodeIo.flatMap((m) => [m, `node:${m}`]);

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-runtime/**', 'test/fixtures/**', '.tmp/**', '.bench/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'src/core is pure: no vscode.' },
          ...nodeIoPatterns.map((name) => ({ name, message: 'src/core is pure: no Node I/O.' }))],
        patterns: [{ group: ['**/extension/**', '**/providers/**', '**/cli/**', '**/node/**', '**/webview/**'], message: 'src/core imports only src/core.' }],
      }],
      'no-restricted-globals': ['error', { name: 'fetch', message: 'src/core does no network I/O.' }, { name: 'process', message: 'src/core reads no environment.' }],
    },
  },
  {
    files: ['src/providers/**/*.ts', 'src/cli/**/*.ts', 'src/node/**/*.ts', 'src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'Only src/extension imports vscode.' }],
        patterns: [{ group: ['**/extension/**', '**/webview/**'], message: 'Layer rule: see docs/ARCHITECTURE.md.' }],
      }],
    },
  },
  {
    files: ['src/webview/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'The webview cannot import vscode.' }],
        patterns: [{ group: ['**/core/**', '**/providers/**', '**/extension/**', '**/node/**', '**/cli/**', 'node:*'], message: 'src/webview imports only src/shared.' }],
      }],
    },
  },
);
