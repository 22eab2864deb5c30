import assert from 'node:assert/strict';
import { detectInText } from '../../../../src/core/detect/detect';
import { TreeSitterParsers } from '../../../../src/core/detect/treeSitter';
import { callAt, PLACEHOLDER, prefillFromCall } from '../../../../src/extension/runner/callPrefill';
import { diskGrammarSource } from '../../../../src/node/assets';

const parsers = new TreeSitterParsers(diskGrammarSource());

const PYTHON = `from openai import OpenAI

client = OpenAI(base_url="https://api.deepseek.com", api_key=os.environ["DEEPSEEK_API_KEY"])

def summarise(ticket):
    return client.chat.completions.create(
        model="deepseek-v4-flash",
        max_tokens=300,
        messages=[
            {"role": "system", "content": "You summarise support tickets in two sentences."},
            {"role": "user", "content": ticket},
        ],
    )

def greet():
    return client.chat.completions.create(model="deepseek-v4-flash", messages=[{"role": "user", "content": "Say hello to the team."}])
`;

describe('extension/runner/callPrefill (on calls the engine detects)', () => {
  it('finds the call on the cursor line, or the one whose arguments hold the cursor', async () => {
    const calls = await detectInText(parsers, 'python', 'tickets.py', PYTHON);
    assert.equal(calls.length, 2);
    assert.equal(callAt(calls, 6, 30)?.line, 6);
    assert.equal(callAt(calls, 10, 5)?.line, 6, 'cursor inside the messages list');
    assert.equal(callAt(calls, 16, 1)?.line, 16);
    assert.equal(callAt(calls, 1, 1), undefined, 'nothing above the first call');
  });

  it('puts the system message apart and marks the part built at run time', async () => {
    const calls = await detectInText(parsers, 'python', 'tickets.py', PYTHON);
    const { prefill, note } = prefillFromCall(callAt(calls, 6, 1)!);
    assert.equal(prefill.system, 'You summarise support tickets in two sentences.');
    assert.equal(prefill.prompt, PLACEHOLDER);
    assert.equal(prefill.maxTokens, 300);
    assert.deepEqual(prefill.targets, [{ provider: 'deepseek', model: 'deepseek-v4-flash' }]);
    assert.match(note ?? '', /built at run time/);
  });

  it('takes a fully literal prompt as is, with no note', async () => {
    const calls = await detectInText(parsers, 'python', 'tickets.py', PYTHON);
    const { prefill, note } = prefillFromCall(callAt(calls, 16, 1)!);
    assert.equal(prefill.prompt, 'Say hello to the team.');
    assert.equal(prefill.system, '');
    assert.equal(note, null);
  });

  it('says when the model is not named or its host cannot be run', async () => {
    const ts = `import Anthropic from '@anthropic-ai/sdk';
const anthropic = new Anthropic();
export const reply = (model: string) => anthropic.messages.create({ model, max_tokens: 100, messages: [{ role: 'user', content: 'Hi' }] });
`;
    const [call] = await detectInText(parsers, 'typescript', 'reply.ts', ts);
    assert.ok(call);
    const { prefill, note } = prefillFromCall(call);
    assert.equal(prefill.prompt, 'Hi');
    assert.equal(prefill.targets, undefined);
    assert.match(note ?? '', /does not name the model/);
  });
});
