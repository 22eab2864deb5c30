import assert from 'node:assert/strict';
import { Disposable, disposeAll } from '../../../../src/extension/util/dispose';

class Owner extends Disposable {
  add<T extends { dispose(): unknown }>(d: T): T {
    return this._register(d);
  }
  get disposed(): boolean {
    return this.isDisposed;
  }
}

function tracker(log: string[], name: string, fail = false): { dispose(): void } {
  return { dispose: () => { log.push(name); if (fail) throw new Error(`${name} failed`); } };
}

describe('Disposable', () => {
  it('disposes what it registered, newest first, once', () => {
    const log: string[] = [];
    const owner = new Owner();
    owner.add(tracker(log, 'a'));
    owner.add(tracker(log, 'b'));
    owner.dispose();
    owner.dispose();
    assert.deepEqual(log, ['b', 'a']);
    assert.equal(owner.disposed, true);
  });

  it('disposes at once what is registered after disposal', () => {
    const log: string[] = [];
    const owner = new Owner();
    owner.dispose();
    owner.add(tracker(log, 'late'));
    assert.deepEqual(log, ['late']);
  });

  it('keeps disposing when one throws, then rethrows', () => {
    const log: string[] = [];
    const owner = new Owner();
    owner.add(tracker(log, 'a'));
    owner.add(tracker(log, 'b', true));
    owner.add(tracker(log, 'c'));
    assert.throws(() => owner.dispose(), /b failed/);
    assert.deepEqual(log, ['c', 'b', 'a']);
  });
});

describe('disposeAll', () => {
  it('collects several errors into an AggregateError', () => {
    const log: string[] = [];
    assert.throws(() => disposeAll([tracker(log, 'x', true), tracker(log, 'y', true)]), (e: unknown) => e instanceof AggregateError && e.errors.length === 2);
    assert.deepEqual(log, ['x', 'y']);
  });
});
