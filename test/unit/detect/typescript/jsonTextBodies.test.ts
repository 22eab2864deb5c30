/**
 * Request bodies written as JSON text (a string literal, a template without substitutions, a
 * constant holding one) are parsed: model, messages, max_tokens and stream come from the JSON.
 */
import { strict as assert } from 'node:assert';
import { detect, only } from './detectHelper';

describe('TS/JS detector: JSON text request bodies', () => {
  it('fetch options whose body is a JSON string literal', async () => {
    const call = await only(`
const url = 'https://api.siliconflow.cn/v1/chat/completions';
const options = {
  method: 'POST',
  headers: { Authorization: \`Bearer \${process.env.SILICONFLOW_API_KEY}\`, 'Content-Type': 'application/json' },
  body: '{"model":"Qwen/QwQ-32B","max_tokens":4096,"stream":true,"messages":[{"role":"system","content":"Be brief."},{"role":"user","content":"What is new in 2025?"}]}'
};
const response = await fetch(url, options);`, 'raw.js');
    assert.deepEqual(
      [call.family, call.model, call.provider, call.maxTokens, call.stream, call.prompt.knowledge, call.prompt.text, call.prompt.messages.map((m) => m.role)],
      ['raw-http', 'Qwen/QwQ-32B', 'siliconflow-cn', 4096, true, 'known', 'Be brief.\nWhat is new in 2025?', ['system', 'user']],
    );
  });

  it('a template literal without substitutions, and a constant, as axios data', async () => {
    const calls = await detect(`
import axios from 'axios';
const BODY = \`{
  "model": "deepseek-chat",
  "messages": [{ "role": "user", "content": [{ "type": "text", "text": "Hi" }] }],
  "max_tokens": 256
}\`;
await axios.post('https://api.deepseek.com/chat/completions', BODY, { headers });
await axios({ url: 'https://api.anthropic.com/v1/messages', method: 'post', data: '{"model":"claude-3-5-haiku-latest","max_tokens":100,"messages":[{"role":"user","content":"Hello"}]}' });`);
    assert.deepEqual(calls.map((c) => [c.line, c.model, c.provider, c.maxTokens, c.prompt.text]), [
      [8, 'deepseek-chat', 'deepseek', 256, 'Hi'],
      [9, 'claude-3-5-haiku-latest', 'anthropic', 100, 'Hello'],
    ]);
  });

  it('JSON text that is a chat request makes a proxy route count; substitutions or broken JSON give no model', async () => {
    const calls = await detect(`
await fetch('/openai/v1/chat/completions', { method: 'POST', body: '{"model":"gpt-4o-mini","messages":[]}' });
await fetch('/openai/v1/chat/completions', { method: 'POST', body: '{"query":"weather"}' });
await fetch('https://api.openai.com/v1/chat/completions', { method: 'POST', body: \`{"model":"\${model}","messages":[]}\` });
await fetch('https://api.openai.com/v1/chat/completions', { method: 'POST', body: '{"model": "gpt-4o",' });`);
    assert.deepEqual(calls.map((c) => [c.line, c.model]), [
      [2, 'gpt-4o-mini'],
      [4, null],
      [5, null],
    ]);
  });

  it('an InvokeModelCommand body given as JSON text', async () => {
    const call = await only(`
import { BedrockRuntimeClient, InvokeModelCommand } from '@aws-sdk/client-bedrock-runtime';
const client = new BedrockRuntimeClient({ region: 'us-east-1' });
await client.send(new InvokeModelCommand({
  modelId: 'anthropic.claude-3-haiku-20240307-v1:0',
  body: '{"anthropic_version":"bedrock-2023-05-31","max_tokens":300,"messages":[{"role":"user","content":[{"type":"text","text":"Hello"}]}]}',
}));`);
    assert.deepEqual([call.family, call.model, call.maxTokens, call.prompt.knowledge, call.prompt.text], ['bedrock-invoke', 'anthropic.claude-3-haiku-20240307-v1:0', 300, 'known', 'Hello']);
  });
});
