import assert from 'node:assert/strict';
import { DeltaBatcher } from '../../../../src/extension/panel/deltaBatcher';

describe('extension/panel/deltaBatcher', () => {
  it('joins the text of each run in arrival order and empties on flush', () => {
    const b = new DeltaBatcher();
    assert.ok(b.isEmpty);
    b.add('s', 'r0', 'think ', '');
    b.add('s', 'r1', '', 'Hel');
    b.add('s', 'r0', 'more', '');
    b.add('s', 'r0', '', 'Answer');
    b.add('s', 'r1', '', 'lo');
    assert.deepEqual(b.flush(), [
      { type: 'run/delta', sessionId: 's', runId: 'r0', reasoning: 'think more', content: 'Answer' },
      { type: 'run/delta', sessionId: 's', runId: 'r1', reasoning: '', content: 'Hello' },
    ]);
    assert.ok(b.isEmpty);
    assert.deepEqual(b.flush(), []);
  });
});
