import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Commands } from '../../src/extension/commands';
import { extension, waitFor, workspaceFile } from './helpers';

describe('activation', () => {
  it('runs in a real VS Code extension host', () => {
    console.log(`VS Code ${vscode.version} (${vscode.env.appName}), Node ${process.version}`);
    assert.match(vscode.version, /^1\.1[3-9]\d\./);
  });

  it('is not active before a source file is opened (no "*" activation)', () => {
    assert.equal(extension().isActive, false);
  });

  it('activates when a Python file is opened, and reports how long activate() took', async () => {
    const doc = await vscode.workspace.openTextDocument(workspaceFile('sample.py'));
    assert.equal(doc.languageId, 'python');
    await vscode.window.showTextDocument(doc);
    await waitFor('activation on onLanguage:python', () => extension().isActive);
    const api = extension().exports;
    assert.ok(api, 'test API returned in ExtensionMode.Test');
    console.log(`activate() took ${api.activationMs.toFixed(2)} ms`);
    // Timings on these shared machines are noisy: the 50 ms target is measured (here and by
    // `npm run bench`), not asserted. The time must at least have been measured.
    assert.ok(Number.isFinite(api.activationMs) && api.activationMs > 0, `activate() time not measured: ${api.activationMs}`);
  });

  it('opens TypeScript files as typescript (the other activation language under test)', async () => {
    const doc = await vscode.workspace.openTextDocument(workspaceFile('sample.ts'));
    assert.equal(doc.languageId, 'typescript');
    const events: string[] = extension().packageJSON.activationEvents;
    assert.ok(events.includes('onLanguage:typescript'));
  });

  it('registers every command of `Commands`', async () => {
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = Object.values(Commands).filter((id) => !registered.has(id));
    assert.deepEqual(missing, []);
  });
});
