/**
 * Texts to compare tokenizers on: slices of the repository's own fixtures and sources (code, JSON,
 * notebooks, Markdown), plus edge cases in many scripts. Deterministic: the same texts every run.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Extra texts every comparison should include. */
export const EDGE_TEXTS: readonly string[] = [
  '',
  ' ',
  '\n\n\n',
  '   leading and trailing   ',
  '1234567890 3.14159 1e-9 ٣٤٥ ½ ⅓',
  '你好，世界！这是一个测试。中文没有空格',
  'こんにちは世界 カタカナ ひらがな 漢字',
  '한국어 텍스트 Привет мир مرحبا بالعالم नमस्ते',
  'emoji 😀👍🏽 👨‍👩‍👧 flags 🇨🇳🇺🇸',
  '<｜begin▁of▁sentence｜><｜User｜>hi<｜Assistant｜><think>\nreasoning\n</think>answer<｜end▁of▁sentence｜>',
  'Text with <|endoftext|> and <|im_start|> inside',
  'quotes " \' ` and back\\slashes \\\\ \t tabs \r\n crlf \u0000 nul \u200b zwsp',
  "it's don't we're I've you'll they'd IT'S",
  'a'.repeat(3000),
];

/** Up to `limit` slices (at most 20 a file, so no one file dominates), then the edge cases. */
export function sampleTexts(limit = 2500): string[] {
  const texts: string[] = [];
  const root = path.join(__dirname, '..', '..');
  const visit = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(file);
      else if (/\.(ts|tsx|js|py|ipynb|json|md)$/.test(entry.name) && texts.length < limit) {
        const text = fs.readFileSync(file, 'utf8');
        for (let at = 0, n = 0; at < text.length && n < 20 && texts.length < limit; at += 613, n++) texts.push(text.slice(at, at + 200 + (at % 600)));
      }
    }
  };
  visit(path.join(root, 'test', 'fixtures'));
  visit(path.join(root, 'src'));
  return [...texts, ...EDGE_TEXTS];
}
