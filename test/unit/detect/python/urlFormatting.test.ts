import * as assert from 'node:assert/strict';
import { detectPy, onlyCall, py } from './pyDetect';

describe('python detector: URLs built with str.format, % and +', () => {
  it('str.format on a Gemini URL constant: the host and the model come through', async () => {
    const c = await onlyCall(py(
      'import os, requests',
      'GEMINI_URL = "https://generativelanguage.googleapis.com/v1beta/models/{model}:generateContent"',
      'def ask(contents, model: str = "gemini-2.5-pro"):',
      '    return requests.post(GEMINI_URL.format(model=model), params={"key": os.environ["GEMINI_API_KEY"]}, json={"contents": contents})',
    ));
    assert.deepEqual([c.line, c.family, c.provider, c.model], [4, 'raw-http', 'google', 'gemini-2.5-pro']);
    assert.equal(c.baseUrl, 'https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-pro:generateContent');
  });

  it('positional and unknown .format arguments: unknown ones stay as {expr}, the host still counts', async () => {
    const calls = await detectPy(py(
      'import requests',
      'URL = "https://generativelanguage.googleapis.com/v1beta/models/{}:generateContent"',
      'BASE = "https://{host}/v1"',
      'requests.post(URL.format("gemini-2.0-flash"), json={"contents": []})',
      'requests.post(URL.format(picked), json={"contents": []})',
      'requests.post((BASE + "/chat/completions").format(host="api.siliconflow.cn"), json={"model": "Qwen/QwQ-32B", "messages": []})',
    ));
    assert.deepEqual(calls.map((c) => [c.line, c.provider, c.model]), [
      [4, 'google', 'gemini-2.0-flash'],
      [5, 'google', null],
      [6, 'siliconflow-cn', 'Qwen/QwQ-32B'],
    ]);
    assert.equal(calls[1].baseUrl, 'https://generativelanguage.googleapis.com/v1beta/models/{picked}:generateContent');
  });

  it('% formatting: positional tuples, a single value, named fields and %%', async () => {
    const calls = await detectPy(py(
      'import requests, httpx',
      'HOST = "api.deepseek.com"',
      'TEMPLATE = "https://%s/%s/chat/completions"',
      'requests.post(TEMPLATE % (HOST, "v1"), json={"model": "deepseek-chat", "messages": []})',
      'httpx.post("https://%s/chat/completions" % HOST, json={"model": "deepseek-chat", "messages": []})',
      'requests.post("%(base)s/chat/completions" % {"base": "https://api.siliconflow.com/v1"}, json={"model": "m", "messages": []})',
      'requests.post("https://%s/chat/completions?tag=100%%" % HOST, json={"model": "deepseek-chat", "messages": []})',
    ));
    assert.deepEqual(calls.map((c) => [c.line, c.provider, c.baseUrl]), [
      [4, 'deepseek', 'https://api.deepseek.com/v1/chat/completions'],
      [5, 'deepseek', 'https://api.deepseek.com/chat/completions'],
      [6, 'siliconflow-com', 'https://api.siliconflow.com/v1/chat/completions'],
      [7, 'deepseek', 'https://api.deepseek.com/chat/completions?tag=100%'],
    ]);
  });

  it('concatenation of a constant and a route, also after .rstrip("/") and inside an f-string', async () => {
    const calls = await detectPy(py(
      'import requests',
      'BASE = "https://api.deepseek.com/"',
      'requests.post(BASE + "chat/completions", json={"model": "deepseek-chat", "messages": []})',
      'requests.post(BASE.rstrip("/") + "/chat/completions", json={"model": "deepseek-reasoner", "messages": []})',
      'requests.post(f"{BASE.rstrip(\'/\')}/v1/chat/completions", json={"model": "deepseek-chat", "messages": []})',
    ));
    assert.deepEqual(calls.map((c) => [c.line, c.provider, c.baseUrl]), [
      [3, 'deepseek', 'https://api.deepseek.com/chat/completions'],
      [4, 'deepseek', 'https://api.deepseek.com/chat/completions'],
      [5, 'deepseek', 'https://api.deepseek.com/v1/chat/completions'],
    ]);
  });

  it('a formatted base_url gives an SDK client its provider', async () => {
    const c = await onlyCall(py(
      'from openai import OpenAI',
      'ENDPOINT = "https://{resource}.openai.azure.com/openai/v1"',
      'client = OpenAI(base_url=ENDPOINT.format(resource="contoso"))',
      'client.chat.completions.create(model="gpt-4o", messages=[])',
    ));
    assert.deepEqual([c.provider, c.baseUrl], ['azure-foundry', 'https://contoso.openai.azure.com/openai/v1']);
  });

  it('an unknown host filled in by .format or % takes its provider from the env var read there', async () => {
    const calls = await detectPy(py(
      'import os, requests',
      'requests.post("{}/chat/completions".format(os.environ["DEEPSEEK_BASE_URL"]), json={"model": "m", "messages": []})',
      'requests.post("%s/chat/completions" % os.getenv("SILICONFLOW_BASE_URL"), json={"model": "m", "messages": []})',
    ));
    assert.deepEqual(calls.map((c) => [c.line, c.provider, c.providerEvidence]), [
      [2, 'deepseek', 'env DEEPSEEK_BASE_URL'],
      [3, 'siliconflow-com', 'env SILICONFLOW_BASE_URL'],
    ]);
  });

  it('formatting does not make a non-LLM URL a call', async () => {
    const calls = await detectPy(py(
      'import requests',
      'API = "https://example.com/{}/upload"',
      'requests.post(API.format(user), json={"file": data})',
      'requests.post("https://%s/login" % host, data={"user": u})',
      'requests.post("https://hooks.slack.com/" + path, json={"text": "done"})',
    ));
    assert.deepEqual(calls, []);
  });
});
