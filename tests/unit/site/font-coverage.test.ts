import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';

// The site's own words (header, footer, pager, buttons) are set in the self-hosted Inter file. A
// character outside that file sends the browser searching the system's fonts during the first layout
// of every page (arrows and theme symbols did: BENCHMARKS.md, "System font fallback"). Authors'
// titles and posts may use any character; this covers only the strings the components render.

const root = path.resolve(__dirname, '..', '..', '..');

/** The code points the font file in lib/site/fonts.ts covers, from its @font-face in the package's CSS. */
function fontCoverage(): { file: string; covers: (codePoint: number) => boolean } {
  const fonts = fs.readFileSync(path.join(root, 'lib', 'site', 'fonts.ts'), 'utf8');
  const file = /@fontsource-variable\/inter\/files\/([\w-]+\.woff2)/.exec(fonts)?.[1];
  assert.ok(file, 'lib/site/fonts.ts names a file of @fontsource-variable/inter');
  const css = fs.readFileSync(path.join(root, 'node_modules', '@fontsource-variable', 'inter', 'index.css'), 'utf8');
  const face = css.split('@font-face').find((block) => block.includes(`/files/${file}`));
  const range = face && /unicode-range:\s*([^;]+);/.exec(face)?.[1];
  assert.ok(range, `the package's CSS gives a unicode-range for ${file}`);
  const spans = range.split(',').map((part) => {
    const [low, high] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(low ?? '', 16), parseInt(high ?? low ?? '', 16)] as const;
  });
  return { file, covers: (codePoint) => spans.some(([low, high]) => codePoint >= low && codePoint <= high) };
}

/** Every string and JSX text in a .tsx file, with its line (comments are not strings, so they are skipped). */
function renderedStrings(file: string): { text: string; line: number }[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: { text: string; line: number }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node) || ts.isJsxText(node)) {
      found.push({ text: node.text, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function tsxFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && entry.name.endsWith('.tsx')).map((entry) => path.join(entry.parentPath, entry.name));
}

describe('the site’s own text and the self-hosted font', () => {
  it('components and pages use only characters the Inter file covers', () => {
    const { file, covers } = fontCoverage();
    const outside: string[] = [];
    for (const tsx of [...tsxFiles(path.join(root, 'components')), ...tsxFiles(path.join(root, 'app'))]) {
      for (const { text, line } of renderedStrings(tsx)) {
        for (const char of text) {
          const codePoint = char.codePointAt(0) ?? 0;
          if (!covers(codePoint)) outside.push(`${path.relative(root, tsx)}:${line} ${char} (U+${codePoint.toString(16).toUpperCase().padStart(4, '0')})`);
        }
      }
    }
    assert.deepEqual(outside, [], `not in ${file}: draw it as an icon (components/Icons.tsx) or use a character the font has`);
  });

  it('reads the font’s range: Latin letters and typographic quotes are in, arrows and emoji are out', () => {
    const { covers } = fontCoverage();
    for (const char of ['A', 'é', '“', '…', '·', '©']) assert.equal(covers(char.codePointAt(0) ?? 0), true, char);
    for (const char of ['←', '→', '◐', '☀', '🚀']) assert.equal(covers(char.codePointAt(0) ?? 0), false, char);
  });
});
