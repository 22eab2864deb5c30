import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { contributedConfiguration } from '../../../src/core/settings/contributedConfiguration';
import { SETTING_SPECS } from '../../../src/core/settings/settingsSchema';
import type { SettingSpec } from '../../../src/core/settings/settingSpec';
import { Commands, INTERNAL_COMMAND_PREFIX } from '../../../src/extension/commands';

// Keeps package.json (what VS Code reads) and the code (what the extension does) in step, as
// markdown-language-features' manifest test does. Regenerate with: npx tsx scripts/update-manifest.ts
const root = path.join(__dirname, '..', '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const specs = SETTING_SPECS as Record<string, SettingSpec>;
type Property = Record<string, unknown>;
const properties: Record<string, Property> = Object.assign({}, ...pkg.contributes.configuration.map((s: { properties: object }) => s.properties));
const commandIds: string[] = Object.values(Commands);

describe('package.json manifest', () => {
  describe('contributes.configuration ⇄ settings schema', () => {
    it('declares exactly the settings of the schema', () => {
      const declared = Object.keys(properties).sort();
      const expected = Object.keys(specs).map((k) => `llmCost.${k}`).sort();
      assert.deepEqual(declared, expected);
    });

    it('matches the schema generated from zod (types, enums, bounds, defaults, scopes, help)', () => {
      assert.deepEqual(pkg.contributes.configuration, contributedConfiguration());
    });

    for (const [key, spec] of Object.entries(specs)) {
      it(`llmCost.${key}: default is valid and equal to the zod default; scope and help are set`, () => {
        const prop = properties[`llmCost.${key}`];
        assert.ok(prop, 'declared');
        assert.deepEqual(spec.schema.parse(prop.default), spec.schema.parse(undefined));
        assert.ok(spec.schema.safeParse(prop.default).success);
        assert.equal(prop.scope, spec.scope);
        assert.ok(typeof prop.markdownDescription === 'string' && prop.markdownDescription.length > 20);
        if (Array.isArray(prop.enum)) {
          for (const v of prop.enum) assert.ok(spec.schema.safeParse(v).success, `enum value ${v} accepted by zod`);
          assert.equal((prop.enumDescriptions as unknown[] | undefined)?.length ?? prop.enum.length, prop.enum.length);
        }
      });
    }
  });

  describe('settings that decide where requests and keys go', () => {
    const routing = /(baseUrl|endpoint|region|apiVersion|deployments)$/;
    const restricted: string[] = pkg.capabilities.untrustedWorkspaces.restrictedConfigurations;

    it('are flagged routesRequests in the schema', () => {
      const unflagged = Object.entries(specs).filter(([k, s]) => routing.test(k) && !s.routesRequests).map(([k]) => k);
      assert.deepEqual(unflagged, []);
    });

    it('are machine or application scoped and restricted in untrusted workspaces', () => {
      assert.equal(pkg.capabilities.untrustedWorkspaces.supported, 'limited');
      const routed = Object.entries(specs).filter(([, s]) => s.routesRequests);
      assert.ok(routed.length >= 10, 'base URLs of the providers, Bedrock region, Azure endpoint/apiVersion/deployments');
      for (const [key] of routed) {
        assert.ok(['machine', 'application'].includes(properties[`llmCost.${key}`].scope as string), `${key} scope`);
        assert.ok(restricted.includes(`llmCost.${key}`), `${key} in restrictedConfigurations`);
      }
      for (const key of restricted) assert.ok(properties[key], `${key} is a declared setting`);
    });
  });

  describe('commands', () => {
    const contributed: { command: string; title: string; category: string }[] = pkg.contributes.commands;
    const palette: { command: string; when?: string }[] = pkg.contributes.menus?.commandPalette ?? [];

    it('contributes every command of `Commands` with category "LLM Cost" and a title', () => {
      for (const id of commandIds) {
        const c = contributed.find((x) => x.command === id);
        assert.ok(c, `${id} contributed`);
        assert.equal(c.category, 'LLM Cost', `${id} category`);
        assert.ok(c.title.length > 2, `${id} title`);
      }
    });

    it('contributes no llmCost command that the code does not know', () => {
      const unknown = contributed.map((c) => c.command).filter((id) => id.startsWith('llmCost.') && !commandIds.includes(id));
      assert.deepEqual(unknown, []);
    });

    it('hides internal commands from the palette with when:false, and only those', () => {
      for (const id of commandIds) {
        const hidden = palette.some((m) => m.command === id && m.when === 'false');
        assert.equal(hidden, id.startsWith(INTERNAL_COMMAND_PREFIX), id);
      }
    });

    it('registers every command in src/extension, by its `Commands` constant', () => {
      const sources = listTs(path.join(root, 'src', 'extension')).map((f) => fs.readFileSync(f, 'utf8')).join('\n');
      const literal = sources.match(/registerCommand\(\s*['"`][^'"`]*['"`]/g) ?? [];
      assert.deepEqual(literal, [], 'register with Commands.x, not a string literal');
      const registered = new Set([...sources.matchAll(/registerCommand\(\s*Commands\.(\w+)/g)].map((m) => m[1]));
      assert.deepEqual([...registered].sort(), Object.keys(Commands).sort());
    });
  });

  describe('activation', () => {
    it('activates on the detected languages and Jupyter notebooks, never on "*"', () => {
      const events: string[] = pkg.activationEvents;
      for (const lang of ['typescript', 'typescriptreact', 'javascript', 'javascriptreact', 'python']) {
        assert.ok(events.includes(`onLanguage:${lang}`), lang);
      }
      assert.ok(events.includes('onNotebook:jupyter-notebook'));
      assert.ok(!events.includes('*') && !events.includes('onStartupFinished'));
    });

    it('points main at the extension bundle and targets VS Code ^1.138.0', () => {
      assert.equal(pkg.main, './dist/extension.js');
      assert.equal(pkg.engines.vscode, '^1.138.0');
    });
  });
});

function listTs(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? listTs(p) : p.endsWith('.ts') ? [p] : [];
  });
}
