import * as assert from 'node:assert/strict';
import { detectPy, onlyCall, py } from './pyDetect';

async function modelOf(...lines: string[]): Promise<string | null> {
  return (await onlyCall(py('from openai import OpenAI', 'client = OpenAI()', ...lines))).model;
}

describe('python detector: model resolution in the same file', () => {
  it('module constants, also defined after the function that uses them', async () => {
    assert.equal(await modelOf('MODEL = "gpt-4o-mini"', 'def f():', '    return client.chat.completions.create(model=MODEL, messages=[])'), 'gpt-4o-mini');
    assert.equal(await modelOf('def f():', '    return client.chat.completions.create(model=MODEL, messages=[])', 'MODEL = "gpt-4.1"'), 'gpt-4.1');
  });

  it('default arguments, typed defaults, and `model = model or "..."`', async () => {
    assert.equal(await modelOf('def ask(prompt, model="gpt-4o"):', '    return client.chat.completions.create(model=model, messages=[])'), 'gpt-4o');
    assert.equal(await modelOf('def ask(prompt, *, model: str = "o3-mini"):', '    return client.chat.completions.create(model=model, messages=[])'), 'o3-mini');
    assert.equal(await modelOf('def ask(prompt, model=None):', '    model = model or "gpt-4o-mini"', '    return client.chat.completions.create(model=model, messages=[])'), 'gpt-4o-mini');
    assert.equal(await modelOf('DEFAULT = "deepseek-chat"', 'def ask(prompt, model=DEFAULT):', '    return client.chat.completions.create(model=model, messages=[])'), 'deepseek-chat');
  });

  it('a parameter without default is unknown, even when a module constant has the same name', async () => {
    assert.equal(await modelOf('model = "gpt-4o"', 'def ask(prompt, model):', '    return client.chat.completions.create(model=model, messages=[])'), null);
  });

  it('the last assignment before the call in the same function wins', async () => {
    assert.equal(await modelOf('def f(fast):', '    model = "gpt-4o"', '    if fast:', '        model = "gpt-4o-mini"', '    return client.chat.completions.create(model=model, messages=[])'), 'gpt-4o-mini');
  });

  it('os.getenv / os.environ.get defaults; no default is unknown', async () => {
    assert.equal(await modelOf('import os', 'MODEL = os.getenv("OPENAI_MODEL", "gpt-4o-mini")', 'client.chat.completions.create(model=MODEL, messages=[])'), 'gpt-4o-mini');
    assert.equal(await modelOf('import os', 'client.chat.completions.create(model=os.environ.get("MODEL", "gpt-4.1-nano"), messages=[])'), 'gpt-4.1-nano');
    assert.equal(await modelOf('import os', 'client.chat.completions.create(model=os.environ["MODEL"], messages=[])'), null);
    assert.equal(await modelOf('import os', 'client.chat.completions.create(model=os.getenv("MODEL") or "gpt-4o", messages=[])'), 'gpt-4o');
  });

  it('class attributes, self attributes set in __init__ (from a default), base classes', async () => {
    assert.equal(await modelOf(
      'class Base:', '    MODEL = "gpt-4o"',
      'class Bot(Base):', '    def run(self):', '        return client.chat.completions.create(model=self.MODEL, messages=[])',
    ), 'gpt-4o');
    assert.equal(await modelOf(
      'class Bot:', '    def __init__(self, model_name="gpt-4o-mini"):', '        self.model_name = model_name',
      '    def run(self):', '        return client.chat.completions.create(model=self.model_name, messages=[])',
    ), 'gpt-4o-mini');
    assert.equal(await modelOf(
      'class Config:', '    model: str = "o4-mini"',
      'client.chat.completions.create(model=Config.model, messages=[])',
    ), 'o4-mini');
  });

  it('settings objects built from a class of the file, dict configs, .get with a default', async () => {
    assert.equal(await modelOf(
      'class Settings(BaseSettings):', '    llm_model: str = "gpt-4o"',
      'settings = Settings()',
      'client.chat.completions.create(model=settings.llm_model, messages=[])',
    ), 'gpt-4o');
    assert.equal(await modelOf('CONFIG = {"llm": {"model": "gpt-4.1"}}', 'client.chat.completions.create(model=CONFIG["llm"]["model"], messages=[])'), 'gpt-4.1');
    assert.equal(await modelOf('cfg = load()', 'client.chat.completions.create(model=cfg.get("model", "gpt-4o-mini"), messages=[])'), 'gpt-4o-mini');
    assert.equal(await modelOf('MODELS = ["gpt-4o", "gpt-4o-mini"]', 'client.chat.completions.create(model=MODELS[1], messages=[])'), 'gpt-4o-mini');
  });

  it('Streamlit session_state entries set in the file', async () => {
    assert.equal(await modelOf(
      'import streamlit as st',
      'if "openai_model" not in st.session_state:',
      "    st.session_state['openai_model'] = \"gpt-3.5-turbo\"",
      'client.chat.completions.create(model=st.session_state["openai_model"], messages=[], stream=True)',
    ), 'gpt-3.5-turbo');
  });

  it('f-strings with unknown parts are null; fully known ones resolve', async () => {
    assert.equal(await modelOf('def f(size):', '    return client.chat.completions.create(model=f"gpt-4o-{size}", messages=[])'), null);
    assert.equal(await modelOf('SIZE = "mini"', 'client.chat.completions.create(model=f"gpt-4o-{SIZE}", messages=[])'), 'gpt-4o-mini');
  });

  it('loop variables are unknown, not an earlier constant', async () => {
    const calls = await detectPy(py(
      'from openai import OpenAI',
      'client = OpenAI()',
      'model = "gpt-4o"',
      'for model in ["gpt-4o-mini", "o3-mini"]:',
      '    client.chat.completions.create(model=model, messages=[])',
    ));
    assert.equal(calls[0].model, null);
  });

  it('keywords from a **dict splat', async () => {
    const c = await onlyCall(py(
      'from openai import OpenAI',
      'client = OpenAI()',
      'params = dict(model="gpt-4o", max_tokens=300, stream=True)',
      'client.chat.completions.create(messages=[], **params)',
    ));
    assert.deepEqual([c.model, c.maxTokens, c.stream], ['gpt-4o', 300, true]);
  });

  it('declared defaults: argparse add_argument, pydantic Field, typer Option', async () => {
    assert.equal(await modelOf(
      'import argparse',
      'parser = argparse.ArgumentParser()',
      'parser.add_argument("--model-name", type=str, default="gpt-4.1")',
      'args = parser.parse_args()',
      'client.chat.completions.create(model=args.model_name, messages=[])',
    ), 'gpt-4.1');
    assert.equal(await modelOf(
      'class Cfg(BaseModel):', '    model: str = Field(default="gpt-4o-mini", description="which model")',
      'cfg = Cfg()', 'client.chat.completions.create(model=cfg.model, messages=[])',
    ), 'gpt-4o-mini');
    assert.equal(await modelOf('def main(model: str = typer.Option("o3-mini", help="m")):', '    client.chat.completions.create(model=model, messages=[])'), 'o3-mini');
    assert.equal(await modelOf('class Cfg(BaseModel):', '    model: str = Field(..., description="required")', 'client.chat.completions.create(model=Cfg().model, messages=[])'), null);
  });
});
