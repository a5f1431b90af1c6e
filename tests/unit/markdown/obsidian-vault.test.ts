import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { VFile } from 'vfile';
import { hiddenFolderProblem } from '../../../lib/check/post-files';
import { obsidianVaultOf } from '../../../lib/markdown/obsidian-vault';
import { markdownProcessor } from '../../support/render';

// A site whose content/posts holds two vaults (one with Obsidian's defaults, one with strict line breaks) and a post of its own.
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'obsidian-vault-'));
after(() => fs.rmSync(root, { recursive: true, force: true }));
const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text);
};
const POEM = '---\ntitle: A poem\ndate: 2024-01-01\n---\n\nRoses are red,\nviolets are blue.\n\n> [!note] A title\n> line one\n> line two\n\n```\ncode\nlines\n```\n';
write('content/posts/notes/.obsidian/app.json', '{\n  "alwaysUpdateLinks": true\n}\n');
write('content/posts/notes/Poem.md', POEM);
write('content/posts/notes/deeper/Poem in a folder.md', POEM);
write('content/posts/strict/.obsidian/app.json', '{ "strictLineBreaks": true }\n');
write('content/posts/strict/Poem.md', POEM);
write('content/posts/poem.md', POEM);
const render = async (file: string) => String(await markdownProcessor({ images: false, root }).process(new VFile({ path: path.join(root, file), value: fs.readFileSync(path.join(root, file), 'utf8') })));

describe('an Obsidian vault copied with its settings (.obsidian/)', () => {
  it('shows its notes’ single line breaks as breaks, in folders too, as Obsidian does by default', async () => {
    for (const note of ['content/posts/notes/Poem.md', 'content/posts/notes/deeper/Poem in a folder.md']) {
      const html = await render(note);
      assert.match(html, /<p>Roses are red,<br>\nviolets are blue\.<\/p>/, note);
      // A callout's first line is still its title; code keeps its lines as they are.
      assert.match(html, /<p class="markdown-alert-title"[^>]*>A title<\/p>\s*<p>line one<br>\nline two<\/p>/, note);
      assert.match(html, /<code><span class="line"><span>code<\/span><\/span>\n<span class="line"><span>lines<\/span><\/span><\/code>/, note);
    }
  });

  it('joins them as Markdown does where its “Strict line breaks” is on, and outside any vault', async () => {
    for (const note of ['content/posts/strict/Poem.md', 'content/posts/poem.md']) assert.match(await render(note), /<p>Roses are red,\nviolets are blue\.<\/p>/, note);
    assert.equal(obsidianVaultOf(path.join(root, 'content/posts/poem.md'), path.join(root, 'content/posts')), undefined);
    assert.deepEqual(obsidianVaultOf(path.join(root, 'content/posts/notes/deeper/Poem in a folder.md'), path.join(root, 'content/posts')), { folder: path.join(root, 'content/posts/notes'), lineBreaks: true });
  });

  it('is named by content:check with what the site reads of it', () => {
    assert.match(hiddenFolderProblem('content/posts/notes/.obsidian', 1, root).message, /^A hidden folder, an Obsidian vault’s settings, is not published: its file is no post or image of the site\. Its notes show each line break as Obsidian does \(its “Strict line breaks” is off\)\.$/);
    assert.match(hiddenFolderProblem('content/posts/strict/.obsidian', 1, root).message, /Its notes join their lines as Markdown does \(its “Strict line breaks” is on\)\.$/);
    assert.doesNotMatch(hiddenFolderProblem('content/posts/.git', 3, root).message, /line breaks/);
  });
});
