import * as assert from 'node:assert/strict';
import { callAt, detectPy, onlyCall, py } from './pyDetect';

describe('python detector: raw HTTP calls', () => {
  it('Ollama on its port, the URL built in an f-string from a constant', async () => {
    const calls = await detectPy(py(
      'import requests',
      'OLLAMA = "http://localhost:11434"',
      'def ask(model, q):',
      '    r = requests.post(f"{OLLAMA}/api/chat", json={"model": "llama3.1:8b", "stream": False, "messages": [{"role": "user", "content": q}]})',
      '    return r.json()',
    ));
    assert.deepEqual(calls.map((c) => [c.line, c.family, c.provider, c.model]), [[4, 'raw-http', 'custom', 'llama3.1:8b']]);
  });

  it('requests.post to DeepSeek with a JSON body: model, stream, max_tokens, prompt', async () => {
    const c = await onlyCall(py(
      'import requests',
      'API_URL = "https://api.deepseek.com/chat/completions"',
      'payload = {"model": "deepseek-reasoner", "messages": [{"role": "user", "content": "9.11 vs 9.8?"}], "stream": True, "max_tokens": 2048}',
      'r = requests.post(API_URL, headers={"Authorization": f"Bearer {key}"}, json=payload)',
    ));
    assert.deepEqual([c.family, c.line, c.column, c.callee, c.model, c.provider, c.providerEvidence, c.stream, c.maxTokens], [
      'raw-http', 4, 14, 'requests.post', 'deepseek-reasoner', 'deepseek', 'url api.deepseek.com', true, 2048,
    ]);
    assert.equal(c.baseUrl, 'https://api.deepseek.com/chat/completions');
    assert.equal(c.prompt.text, '9.11 vs 9.8?');
  });

  it('data=json.dumps(...), f-string URLs over constants, getenv defaults', async () => {
    const calls = await detectPy(py(
      'import json, os, requests',
      'BASE = os.getenv("SF_BASE", "https://api.siliconflow.cn/v1")',
      'def chat(q, model="deepseek-ai/DeepSeek-R1"):',
      '    body = {"model": model, "messages": [{"role": "user", "content": q}]}',
      '    return requests.post(f"{BASE}/chat/completions", data=json.dumps(body), headers=h)',
    ));
    const c = callAt(calls, 5);
    assert.deepEqual([c.model, c.provider, c.baseUrl], ['deepseek-ai/DeepSeek-R1', 'siliconflow-cn', 'https://api.siliconflow.cn/v1/chat/completions']);
  });

  it('httpx clients with a base_url, aiohttp sessions, urllib Request', async () => {
    const calls = await detectPy(py(
      'import httpx, aiohttp, json, urllib.request',
      'async def a():',
      '    async with httpx.AsyncClient(base_url="https://api.deepseek.com") as client:',
      '        return await client.post("/chat/completions", json={"model": "deepseek-chat", "messages": []})',
      'async def b():',
      '    async with aiohttp.ClientSession() as session:',
      '        async with session.post("https://api.anthropic.com/v1/messages", json={"model": "claude-3-haiku-20240307", "max_tokens": 64, "messages": []}) as resp:',
      '            return await resp.json()',
      'def c():',
      '    req = urllib.request.Request("https://api.openai.com/v1/chat/completions", data=json.dumps({"model": "gpt-4o"}).encode("utf-8"), headers=h)',
      '    return urllib.request.urlopen(req)',
    ));
    assert.deepEqual(calls.map((c) => [c.line, c.callee, c.model, c.provider]), [
      [4, 'client.post', 'deepseek-chat', 'deepseek'],
      [7, 'session.post', 'claude-3-haiku-20240307', 'anthropic'],
      [10, 'urllib.request.Request', 'gpt-4o', 'openai'],
    ]);
    assert.equal(callAt(calls, 7).maxTokens, 64);
  });

  it('Gemini REST: the model comes from the URL path', async () => {
    const c = await onlyCall(py(
      'import requests',
      'def ask(text, model="gemini-1.5-flash"):',
      '    url = f"https://generativelanguage.googleapis.com/v1beta/models/{model}:streamGenerateContent?key={KEY}"',
      '    return requests.post(url, json={"contents": [{"parts": [{"text": text}]}], "generationConfig": {"maxOutputTokens": 256}})',
    ));
    assert.deepEqual([c.model, c.provider, c.stream, c.maxTokens], ['gemini-1.5-flash', 'google', true, 256]);
  });

  it('a custom host counts only with an LLM route; an unknown host needs /chat/completions', async () => {
    const calls = await detectPy(py(
      'import requests',
      'requests.post("http://localhost:8000/v1/chat/completions", json={"model": "qwen", "messages": []})',
      'requests.post("https://hooks.slack.com/services/T000/B000", json={"text": "deploy done"})',
      'requests.post(f"{self.base_url}/chat/completions", json=payload)',
      'requests.post(f"{self.base_url}/upload", json=payload)',
      'requests.request("POST", "https://api.deepseek.com/chat/completions", json={"model": "deepseek-chat"})',
      'requests.request("GET", "https://api.deepseek.com/user/balance")',
    ));
    assert.deepEqual(calls.map((c) => [c.line, c.provider]), [[2, 'custom'], [4, 'custom'], [6, 'deepseek']]);
  });

  it('an unknown host takes its provider from env vars in the URL or headers', async () => {
    const c = await onlyCall(py(
      'import os, requests',
      'headers = {"Authorization": f"Bearer {os.getenv(\'DEEPSEEK_API_KEY\')}"}',
      'requests.post(f"{os.environ[\'LLM_URL\']}/chat/completions", headers=headers, json={"model": "m", "messages": []})',
    ));
    assert.deepEqual([c.provider, c.providerEvidence], ['deepseek', 'env DEEPSEEK_API_KEY']);
  });

  it('not calls: route decorators, files/audio endpoints of known hosts, test clients, GETs', async () => {
    const calls = await detectPy(py(
      'import requests',
      'from fastapi.testclient import TestClient',
      '@app.post("/v1/chat/completions")',
      'async def chat(req):',
      '    return {}',
      'client = TestClient(app)',
      'client.post("/v1/chat/completions", json={"model": "x", "messages": []})',
      'requests.post("https://api.openai.com/v1/files", files={"file": f})',
      'requests.post("https://api.openai.com/v1/audio/transcriptions", files={"file": f})',
      'requests.get("https://api.openai.com/v1/models")',
    ));
    assert.deepEqual(calls, []);
  });

  it('hosts that also serve other APIs (Azure cognitive services, Huawei Cloud, Google APIs) count only on LLM routes', async () => {
    const calls = await detectPy(py(
      'import requests',
      'requests.post("https://myres.cognitiveservices.azure.com/vision/v3.2/analyze", json={})',
      'requests.post("https://myres.openai.azure.com/openai/deployments/gpt4o/chat/completions?api-version=2024-02-01", json={"messages": []})',
      'requests.post("https://iam.cn-north-4.myhuaweicloud.com/v3/auth/tokens", json={})',
      'requests.post("https://infer-modelarts.cn-southwest-2.myhuaweicloud.com/v1/infers/abc/v1/chat/completions", json={"model": "DeepSeek-V3"})',
      'requests.post("https://us-central1-aiplatform.googleapis.com/v1/projects/p/locations/l/endpoints/e:predict", json={})',
      'requests.post("https://api.openai.com/v1/realtime/sessions", json={})',
    ));
    assert.deepEqual(calls.map((c) => [c.line, c.model, c.provider]), [[3, 'gpt4o', 'azure-foundry'], [5, 'DeepSeek-V3', 'huawei-maas']]);
  });

  it('httpx streaming requests and http.client connections', async () => {
    const calls = await detectPy(py(
      'import httpx, http.client, json',
      'async def s():',
      '    async with httpx.AsyncClient() as client:',
      '        async with client.stream("POST", "https://api.deepseek.com/chat/completions", json={"model": "deepseek-chat"}) as r:',
      '            pass',
      'conn = http.client.HTTPSConnection("api.siliconflow.cn")',
      'conn.request("POST", "/v1/chat/completions", json.dumps({"model": "Qwen/QwQ-32B", "messages": []}), headers)',
      'httpx.stream("GET", "https://api.deepseek.com/models")',
    ));
    assert.deepEqual(calls.map((c) => [c.line, c.callee, c.model, c.provider, c.stream]), [
      [4, 'client.stream', 'deepseek-chat', 'deepseek', true],
      [7, 'conn.request', 'Qwen/QwQ-32B', 'siliconflow-cn', false],
    ]);
  });

  it('on a custom host, a bare /messages or /responses route needs an LLM-shaped body', async () => {
    const calls = await detectPy(py(
      'import requests',
      'requests.post("https://chat.example.com/api/messages", json={"text": "hi", "room": 3})',
      'requests.post("https://survey.example.com/responses", json={"answers": []})',
      'requests.post("https://gw.example.com/messages", json={"model": "claude-3-haiku", "messages": []})',
      'requests.post("https://gw.example.com/v1/messages", json=payload)',
    ));
    assert.deepEqual(calls.map((c) => [c.line, c.provider]), [[4, 'custom'], [5, 'custom']]);
  });
});
