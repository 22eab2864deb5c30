import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { walkTree } from '../../../src/node/walkTree';
import { tempTree } from '../../support/tempTree';


async function walk(root: string): Promise<string[]> {
  const out: string[] = [];
  for await (const f of walkTree(root)) out.push(f.relative);
  return out.sort();
}

describe('walkTree', () => {
  it('skips .git, node_modules, virtual environments and build output', async () => {
    const root = tempTree({
      'app.py': '',
      'src/a.ts': '',
      '.git/config.py': '',
      'node_modules/openai/index.js': '',
      'packages/x/node_modules/y.js': '',
      '.venv/lib/site.py': '',
      'myenv/pyvenv.cfg': '',
      'myenv/lib/mod.py': '',
      'dist/bundle.js': '',
      'build/out.py': '',
      '__pycache__/a.py': '',
    });
    assert.deepEqual(await walk(root), ['app.py', 'src/a.ts']);
  });

  it('honours .gitignore files, nested ones and negations', async () => {
    const root = tempTree({
      '.gitignore': 'generated/\n*.gen.ts\n!keep.gen.ts\n',
      'generated/a.ts': '',
      'src/x.gen.ts': '',
      'src/keep.gen.ts': '',
      'src/ok.ts': '',
      'src/sub/.gitignore': 'local.py\n',
      'src/sub/local.py': '',
      'src/sub/other.py': '',
      'local.py': '',
    });
    assert.deepEqual(await walk(root), ['.gitignore', 'local.py', 'src/keep.gen.ts', 'src/ok.ts', 'src/sub/.gitignore', 'src/sub/other.py']);
  });

  it('filters by name and stops when aborted', async () => {
    const root = tempTree({ 'a.py': '', 'b.txt': '', 'c/d.ts': '' });
    const names: string[] = [];
    for await (const f of walkTree(root, { include: (r) => r.endsWith('.py') || r.endsWith('.ts') })) names.push(f.relative);
    assert.deepEqual(names.sort(), ['a.py', 'c/d.ts']);
    const controller = new AbortController();
    controller.abort();
    const none: string[] = [];
    for await (const f of walkTree(root, { signal: controller.signal })) none.push(f.relative);
    assert.deepEqual(none, []);
  });

  it('reads a link to a file like the file, and reports links it does not follow', async () => {
    const root = tempTree({ 'real/a.py': '', 'other.py': '' });
    fs.symlinkSync(path.join(root, 'other.py'), path.join(root, 'link.py'));
    fs.symlinkSync(path.join(root, 'missing.py'), path.join(root, 'dangling.py'));
    fs.symlinkSync(path.join(root, 'real'), path.join(root, 'loop.py'));
    const skipped: string[] = [];
    const names: string[] = [];
    for await (const f of walkTree(root, { onSkip: (rel, reason) => skipped.push(`${rel}: ${reason}`) })) names.push(f.relative);
    assert.deepEqual(names.sort(), ['link.py', 'other.py', 'real/a.py']);
    assert.deepEqual(skipped.sort(), ['dangling.py: broken symbolic link', 'loop.py: symbolic link to a folder: not followed']);
  });
});
