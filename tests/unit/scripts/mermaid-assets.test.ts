import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { MERMAID_DIR, MERMAID_MODULE, MERMAID_VERSION } from '../../../lib/browser/diagrams';
import { copyMermaidAssets } from '../../../scripts/build/mermaid-assets';

// A throwaway site folder that finds the repository's packages.
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'mermaid-assets-'));
after(() => fs.rmSync(root, { recursive: true, force: true }));
fs.writeFileSync(path.join(root, 'package.json'), '{}');
fs.symlinkSync(path.join(process.cwd(), 'node_modules'), path.join(root, 'node_modules'), 'dir');

describe('Mermaid’s browser modules in public/ (scripts/build/mermaid-assets.ts)', () => {
  it('copies the installed version’s modules where the page loads them, without source maps, once; another version’s copy goes', () => {
    const stale = path.join(root, 'public', MERMAID_DIR, '11.0.0');
    fs.mkdirSync(stale, { recursive: true });
    const written = copyMermaidAssets(root);
    const entry = path.join(root, 'public', MERMAID_MODULE);
    assert.ok(fs.existsSync(entry), 'the module the page imports');
    // Every module it imports, by the relative path it names, is there.
    const imported = [...fs.readFileSync(entry, 'utf8').matchAll(/from\s*"(\.\/chunks\/[^"]+\.mjs)"/g)].map((match) => match[1] ?? '');
    assert.ok(imported.length > 0);
    for (const file of imported) assert.ok(fs.existsSync(path.join(path.dirname(entry), file)), file);
    const copied = fs.readdirSync(path.join(root, 'public', MERMAID_DIR, MERMAID_VERSION), { recursive: true, encoding: 'utf8' });
    assert.equal(copied.filter((file) => file.endsWith('.map')).length, 0);
    assert.equal(written, copied.filter((file) => file.endsWith('.mjs')).length);
    assert.equal(fs.existsSync(stale), false);
    assert.equal(copyMermaidAssets(root), 0, 'a current copy is left alone');
  });

  it('removes the copy when no post needs it, and writes it again when one does', () => {
    copyMermaidAssets(root);
    assert.equal(copyMermaidAssets(root, { needed: false }), 0);
    assert.equal(fs.existsSync(path.join(root, 'public', MERMAID_DIR)), false);
    assert.ok(copyMermaidAssets(root, { needed: true }) > 0);
    assert.ok(fs.existsSync(path.join(root, 'public', MERMAID_MODULE)));
  });
});
