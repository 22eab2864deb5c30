import * as assert from 'node:assert/strict';
import { callAt, detectPy, onlyCall, py } from './pyDetect';

describe('python detector: Anthropic messages', () => {
  it('reads model, system, messages, max_tokens and a thinking budget', async () => {
    const c = await onlyCall(py(
      'import anthropic',
      'client = anthropic.Anthropic(api_key=os.environ.get("ANTHROPIC_API_KEY"))',
      'message = client.messages.create(',
      '    model="claude-3-5-sonnet-20241022",',
      '    max_tokens=1024,',
      '    system="You are a world-class poet.",',
      '    thinking={"type": "enabled", "budget_tokens": 2000},',
      '    messages=[{"role": "user", "content": [{"type": "text", "text": "Why is the ocean salty?"}]}],',
      ')',
    ));
    assert.deepEqual([c.family, c.line, c.column, c.model, c.provider, c.maxTokens, c.reasoningEffort], [
      'anthropic-messages', 3, 27, 'claude-3-5-sonnet-20241022', 'anthropic', 1024, 'budget:2000',
    ]);
    assert.equal(c.prompt.knowledge, 'known');
    assert.equal(c.prompt.text, 'You are a world-class poet.\nWhy is the ocean salty?');
    assert.deepEqual(c.prompt.messages.map((m) => m.role), ['system', 'user']);
  });

  it('treats `with client.messages.stream(...) as stream` as a streaming call', async () => {
    const c = await onlyCall(py(
      'from anthropic import Anthropic',
      'client = Anthropic()',
      'with client.messages.stream(model="claude-3-haiku-20240307", max_tokens=512, messages=[{"role": "user", "content": "Hi"}]) as stream:',
      '    for text in stream.text_stream:',
      '        print(text, end="")',
    ));
    assert.equal(c.stream, true);
    assert.equal(c.callee, 'client.messages.stream');
  });

  it('reads an AsyncAnthropic call whose keywords come from a dict built in the method', async () => {
    const c = await onlyCall(py(
      'from anthropic import AsyncAnthropic',
      'class Claude:',
      '    def __init__(self):',
      '        self._client = AsyncAnthropic()',
      '    async def ask(self, messages, system=None):',
      '        kwargs = {"model": "claude-sonnet-4-20250514", "max_tokens": 4096, "messages": messages}',
      '        return await self._client.messages.create(**kwargs)',
    ));
    assert.deepEqual([c.model, c.maxTokens, c.prompt.knowledge], ['claude-sonnet-4-20250514', 4096, 'unknown']);
  });

  it('knows Bedrock and Vertex Anthropic clients, and beta.messages', async () => {
    const calls = await detectPy(py(
      'from anthropic import AnthropicBedrock, AnthropicVertex',
      'bedrock = AnthropicBedrock(aws_region="us-east-1")',
      'vertex = AnthropicVertex(region="us-east5", project_id="p")',
      'bedrock.messages.create(model="anthropic.claude-3-5-sonnet-20241022-v2:0", max_tokens=256, messages=[])',
      'vertex.messages.create(model="claude-3-5-sonnet-v2@20241022", max_tokens=256, messages=[])',
      'vertex.beta.messages.create(model="claude-3-5-sonnet-v2@20241022", max_tokens=256, messages=[], betas=["x"])',
    ));
    assert.deepEqual(calls.map((c) => [c.line, c.provider]), [[4, 'aws-bedrock'], [5, 'google'], [6, 'google']]);
    assert.equal(callAt(calls, 4).providerEvidence, 'AnthropicBedrock client');
  });

  it('does not take Twilio, OpenAI Assistants threads or ORM `.messages.create` for Anthropic', async () => {
    const calls = await detectPy(py(
      'from twilio.rest import Client',
      'from openai import OpenAI',
      'tw = Client(account_sid, auth_token)',
      'oa = OpenAI()',
      'tw.messages.create(to="+15558675310", from_="+15017122661", body="Hello")',
      'oa.beta.threads.messages.create(thread_id=thread.id, role="user", content="Hi")',
      'conversation.messages.create(role="user", content="hello")',
      'client.messages.batches.create(requests=[])',
    ));
    assert.deepEqual(calls, []);
  });

  it('accepts a `.messages.create(**params)` in a file that imports anthropic', async () => {
    const calls = await detectPy(py('import anthropic', 'def send(client, params):', '    return client.messages.create(**params)'));
    assert.equal(calls.length, 1);
    assert.equal(calls[0].family, 'anthropic-messages');
  });
});
