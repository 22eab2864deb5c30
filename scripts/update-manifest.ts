// Writes the extension's manifest keys into package.json: main, activationEvents, contributes
// (configuration generated from the zod settings schema; commands and palette menus of `Commands`),
// capabilities, categories, icon, galleryBanner. It re-reads package.json, changes only those keys,
// keeps contributions it does not own, and writes the file back atomically.
// Usage: npx tsx scripts/update-manifest.ts [--check]   (--check: exit 1 if package.json is stale)
import fs from 'node:fs';
import path from 'node:path';
import { contributedConfiguration, restrictedSettings } from '../src/core/settings/contributedConfiguration';
import { Commands, INTERNAL_COMMAND_PREFIX } from '../src/extension/commands';
import type { CommandId } from '../src/extension/commands';

const CATEGORY = 'LLM Cost';
/** Palette titles; every id of `Commands` needs one (the script stops otherwise). */
const TITLES: Readonly<Record<CommandId, string>> = {
  'llmCost.setApiKey': 'Set API Key…',
  'llmCost.clearApiKey': 'Clear API Key…',
  'llmCost.internal.showStatusMenu': 'Status Menu',
  'llmCost.scanWorkspace': 'Scan Workspace',
  'llmCost.showPriceTable': 'Show Price Table',
  'llmCost.toggleCodeLens': 'Toggle Cost Lenses',
  'llmCost.exportReport': 'Export Workspace Report…',
  'llmCost.internal.showComparison': 'Show Comparison',
  'llmCost.openPromptPanel': 'Open Prompt Runner',
  'llmCost.runPrompt': 'Run Prompt…',
  'llmCost.runSelection': 'Run Selection as Prompt',
  'llmCost.runCallPrompt': 'Run This Call\'s Prompt',
  'llmCost.chooseProviderModel': 'Choose Provider and Model…',
  'llmCost.internal.exportHistory': 'Export Run History',
};
/** Codicons of commands shown as buttons (view title bar). */
const ICONS: Partial<Record<CommandId, string>> = {
  'llmCost.scanWorkspace': '$(refresh)',
  'llmCost.exportReport': '$(export)',
  'llmCost.showPriceTable': '$(table)',
};
/** The "LLM Calls" tree view (src/extension/report/reportView.ts) and its title-bar buttons. */
const REPORT_VIEW = 'llmCost.calls';
const VIEWS = { explorer: [{ id: REPORT_VIEW, name: 'LLM Calls', icon: '$(pulse)', contextualTitle: 'LLM Cost' }] };
const VIEWS_WELCOME = [{
  view: REPORT_VIEW,
  contents: 'Find every LLM API call in this workspace and what it costs per month.\n[Scan Workspace](command:llmCost.scanWorkspace)\nPrices: [Show Price Table](command:llmCost.showPriceTable)',
}];
const VIEW_TITLE: MenuEntry[] = [
  { command: 'llmCost.scanWorkspace', when: `view == ${REPORT_VIEW}`, group: 'navigation@1' },
  { command: 'llmCost.exportReport', when: `view == ${REPORT_VIEW}`, group: 'navigation@2' },
  { command: 'llmCost.showPriceTable', when: `view == ${REPORT_VIEW}`, group: 'navigation@3' },
];

interface CommandContribution { command: string; title: string; category: string; icon?: string }
interface MenuEntry { command: string; when?: string; group?: string }
type Json = Record<string, unknown>;

const file = path.join(import.meta.dirname, '..', 'package.json');

function manifestKeys(pkg: Json): Json {
  const old = (pkg.contributes ?? {}) as Json;
  const ours = new Set<string>(Object.values(Commands));
  const commands: CommandContribution[] = [
    ...((old.commands ?? []) as CommandContribution[]).filter((c) => !ours.has(c.command)),
    ...Object.values(Commands).map((command) => ({ command, title: TITLES[command], category: CATEGORY, ...(ICONS[command] ? { icon: ICONS[command] } : {}) })),
  ];
  const menus = (old.menus ?? {}) as Record<string, MenuEntry[]>;
  const viewTitle: MenuEntry[] = [...(menus['view/title'] ?? []).filter((m) => !ours.has(m.command)), ...VIEW_TITLE];
  const oldViews = (old.views ?? {}) as Record<string, { id: string }[]>;
  const explorer = [...(oldViews.explorer ?? []).filter((v) => v.id !== REPORT_VIEW), ...VIEWS.explorer];
  const palette: MenuEntry[] = [
    ...(menus.commandPalette ?? []).filter((m) => !ours.has(m.command)),
    ...Object.values(Commands).filter((c) => c.startsWith(INTERNAL_COMMAND_PREFIX)).map((command) => ({ command, when: 'false' })),
  ];
  return {
    main: './dist/extension.js',
    icon: 'media/icon.png',
    galleryBanner: { color: '#14202b', theme: 'dark' },
    categories: ['AI', 'Machine Learning', 'Visualization'],
    activationEvents: [
      'onLanguage:typescript', 'onLanguage:typescriptreact', 'onLanguage:javascript', 'onLanguage:javascriptreact',
      'onLanguage:python', 'onNotebook:jupyter-notebook',
      // The prompt panel, restored after a reload by its serializer.
      'onWebviewPanel:llmCost.promptPanel',
    ],
    capabilities: {
      untrustedWorkspaces: {
        supported: 'limited',
        description: 'In Restricted Mode a workspace cannot change where requests and API keys go: base URLs, endpoints, regions and deployments are read from your user settings only.',
        restrictedConfigurations: restrictedSettings(),
      },
    },
    contributes: {
      ...old, commands, menus: { ...menus, commandPalette: palette, 'view/title': viewTitle }, configuration: contributedConfiguration(),
      views: { ...oldViews, explorer },
      viewsWelcome: [...((old.viewsWelcome ?? []) as { view: string }[]).filter((w) => w.view !== REPORT_VIEW), ...VIEWS_WELCOME],
    },
  };
}

for (const id of Object.values(Commands)) if (!TITLES[id]) throw new Error(`No palette title for command ${id}`);
const text = fs.readFileSync(file, 'utf8');
const pkg = JSON.parse(text) as Json;
const updates = manifestKeys(pkg);
const next: Json = {};
for (const [key, value] of Object.entries(pkg)) {
  next[key] = key in updates ? updates[key] : value;
  if (key === 'engines') for (const [k, v] of Object.entries(updates)) if (!(k in pkg)) next[k] = v;
}
for (const [k, v] of Object.entries(updates)) if (!(k in next)) next[k] = v;
const out = `${JSON.stringify(next, null, 2)}\n`;
if (process.argv.includes('--check')) {
  if (out !== text) {
    console.error('package.json is out of date: run npx tsx scripts/update-manifest.ts');
    process.exit(1);
  }
} else if (out !== text) {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, out);
  fs.renameSync(tmp, file);
  console.log('package.json updated');
} else {
  console.log('package.json already up to date');
}
