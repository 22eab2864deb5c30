import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { historyFilesIn } from '../../../../src/extension/runner/historyFiles';
import { INTERRUPTED_MESSAGE } from '../../../../src/extension/runner/historyRecord';
import { MAX_SESSIONS, RunHistory, STALE_AFTER_MS } from '../../../../src/extension/runner/runHistory';
import { runOf, sessionOf, tempDir } from './historyFixtures';

describe('extension/runner/runHistory', () => {
  let dir: string;
  let clock: number;
  const now = (): number => clock;
  beforeEach(() => {
    dir = tempDir();
    clock = Date.parse('2026-11-29T10:00:00Z');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes each session to its own file and reads it back in a new window, newest first', async () => {
    const a = new RunHistory(historyFilesIn(dir), 'window-a', now);
    await a.save(sessionOf('s-old', '2026-11-29T09:00:00.000Z', [runOf('s-old-0', 'done', 'Old answer', { cost: 0.002, currency: 'USD', costText: '$0.002' })]));
    await a.save(sessionOf('s-new', '2026-11-29T09:30:00.000Z', [runOf('s-new-0', 'failed', '', { error: { kind: 'auth', message: 'bad key' } })], 'Second prompt\nwith two lines'));
    assert.deepEqual(fs.readdirSync(dir).sort(), ['s-new.json', 's-old.json']);

    const b = new RunHistory(historyFilesIn(dir), 'window-b', now);
    await b.load();
    assert.deepEqual(b.items().map((i) => [i.id, i.title, i.status, i.costText]), [
      ['s-new', 'Second prompt', 'failed', '—'],
      ['s-old', 'Explain caching', 'done', '$0.002'],
    ]);
    assert.equal(b.get('s-old')?.runs[0]?.output, 'Old answer');
  });

  it('marks runs another window left running as interrupted once its heartbeat is stale, keeping partial output', async () => {
    const a = new RunHistory(historyFilesIn(dir), 'window-a', now);
    await a.save(sessionOf('s1', '2026-11-29T09:59:00.000Z', [runOf('s1-0', 'running', 'Partial ans'), runOf('s1-1', 'done', 'Full answer')]));

    // A reload: a new extension host reads the folder right away (the old one wrote just now).
    clock += 1_000;
    const b = new RunHistory(historyFilesIn(dir), 'window-b', now);
    assert.deepEqual(await b.load(), { interrupted: 0, stillRunning: 1 });
    assert.equal(b.get('s1')?.runs[0]?.status, 'running');

    clock += STALE_AFTER_MS;
    assert.deepEqual(await b.reconcile(), { interrupted: 1, stillRunning: 0 });
    const run = b.get('s1')!.runs[0]!;
    assert.equal(run.status, 'interrupted');
    assert.equal(run.output, 'Partial ans');
    assert.match(run.error!.message, new RegExp(INTERRUPTED_MESSAGE.replace(/[()]/g, '\\$&')));
    assert.equal(b.get('s1')!.runs[1]!.status, 'done', 'finished runs are left alone');
    // Written back: a third window sees the interruption without waiting.
    const c = new RunHistory(historyFilesIn(dir), 'window-c', now);
    await c.load();
    assert.equal(c.get('s1')?.runs[0]?.status, 'interrupted');
    assert.equal(c.items()[0]?.status, 'mixed');
  });

  it('never interrupts its own running sessions on reconcile, but does on shutdown (synchronously)', async () => {
    const a = new RunHistory(historyFilesIn(dir), 'window-a', now);
    await a.save(sessionOf('s1', '2026-11-29T09:59:00.000Z', [runOf('s1-0', 'running', 'so far')]));
    clock += 60_000;
    assert.deepEqual(await a.reconcile(), { interrupted: 0, stillRunning: 0 });
    a.interruptOwnSync();
    const onDisk = JSON.parse(fs.readFileSync(path.join(dir, 's1.json'), 'utf8'));
    assert.equal(onDisk.runs[0].status, 'interrupted');
    assert.equal(onDisk.runs[0].output, 'so far');
  });

  it('skips unreadable, invalid and misnamed files instead of failing', async () => {
    fs.writeFileSync(path.join(dir, 'broken.json'), '{ not json');
    fs.writeFileSync(path.join(dir, 'invalid.json'), JSON.stringify({ id: 'invalid', version: 1 }));
    const good = new RunHistory(historyFilesIn(dir), 'w', now);
    await good.save(sessionOf('good', '2026-11-29T09:00:00.000Z', [runOf('good-0', 'done', 'ok')]));
    fs.copyFileSync(path.join(dir, 'good.json'), path.join(dir, 'renamed.json'));
    const logged: string[] = [];
    const h = new RunHistory(historyFilesIn(dir), 'w2', now, (m) => logged.push(m));
    await h.load();
    assert.deepEqual(h.items().map((i) => i.id), ['good']);
    assert.equal(logged.length, 3);
  });

  it('clears finished sessions from memory and disk, keeping a running one', async () => {
    const h = new RunHistory(historyFilesIn(dir), 'w', now);
    await h.save(sessionOf('done1', '2026-11-29T08:00:00.000Z', [runOf('d-0', 'done', 'x')]));
    await h.save(sessionOf('live', '2026-11-29T09:00:00.000Z', [runOf('l-0', 'running', 'y')]));
    let changes = 0;
    h.onDidChange(() => changes++);
    assert.equal(await h.clear(), 1);
    assert.deepEqual(h.items().map((i) => i.id), ['live']);
    assert.deepEqual(fs.readdirSync(dir), ['live.json']);
    assert.equal(changes, 1);
  });

  it(`keeps at most ${MAX_SESSIONS} sessions, dropping the oldest`, async () => {
    const h = new RunHistory(historyFilesIn(dir), 'w', now);
    for (let i = 0; i <= MAX_SESSIONS; i++) {
      const t = new Date(Date.parse('2026-01-01T00:00:00Z') + i * 60_000).toISOString();
      await h.save(sessionOf(`s${String(i).padStart(4, '0')}`, t, [runOf(`r${i}`, 'done', 'x')]));
    }
    assert.equal(h.items().length, MAX_SESSIONS);
    assert.equal(h.get('s0000'), undefined);
    assert.equal(fs.readdirSync(dir).length, MAX_SESSIONS);
  });

  it('exports one JSON line per run with the prompt and results and nothing else', async () => {
    const h = new RunHistory(historyFilesIn(dir), 'w', now);
    await h.save(sessionOf('s1', '2026-11-29T09:00:00.000Z', [
      runOf('s1-0', 'done', 'Answer', { usage: { inputTokens: 10, cachedInputTokens: 4, cacheWriteTokens: 0, outputTokens: 7, reasoningTokens: 3 }, cost: 0.0001, currency: 'USD', window: 'peak' }),
      runOf('s1-1', 'failed', '', { provider: 'openai', model: 'gpt-4o', error: { kind: 'auth', message: 'OpenAI rejected the API key' } }),
    ]));
    const lines = h.exportJsonl().trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.equal(lines.length, 2);
    assert.deepEqual(Object.keys(lines[0]).sort(), [
      'cost', 'currency', 'error', 'errorKind', 'estimate', 'finishReason', 'maxTokens', 'model', 'notes', 'output', 'prompt', 'provider',
      'reasoning', 'reasoningEffort', 'sessionId', 'startedAt', 'status', 'system', 'temperature', 'thinking', 'totalMs', 'ttftMs', 'usage', 'window',
    ]);
    assert.equal(lines[0].prompt, 'Explain caching');
    assert.equal(lines[0].usage.cachedInputTokens, 4);
    assert.equal(lines[1].error, 'OpenAI rejected the API key');
    assert.equal(new RunHistory(historyFilesIn(path.join(dir, 'none')), 'x', now).exportJsonl(), '');
  });
});
