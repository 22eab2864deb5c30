import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

// The panel follows the user's theme: every colour in its stylesheet is a --vscode-* variable.
const css = fs.readFileSync(path.join(__dirname, '..', '..', '..', '..', 'media', 'panel.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
const COLOUR_PROPERTIES = /^(color|background|background-color|border|border-(left|right|top|bottom)|border-color|outline|fill|stroke|box-shadow)$/;

describe('media/panel.css', () => {
  const declarations = [...css.matchAll(/([a-z-]+)\s*:\s*([^;{}]+);/g)].map(([, property, value]) => ({ property: property!, value: value!.trim() }));

  it('has colour declarations to check', () => {
    assert.ok(declarations.filter((d) => COLOUR_PROPERTIES.test(d.property)).length > 20);
  });

  it('takes every colour from a --vscode-* theme variable', () => {
    const literal = declarations.filter((d) => COLOUR_PROPERTIES.test(d.property))
      .filter((d) => /#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(|\b(white|black|red|green|blue|gray|grey)\b/i.test(d.value) || (!d.value.includes('var(--vscode-') && !/^(none|transparent|inherit|0)$/.test(d.value) && !/^(\d+px )?(solid|dashed) transparent$/.test(d.value)));
    assert.deepEqual(literal, []);
  });
});
