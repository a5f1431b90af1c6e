import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { readFrontmatter } from '../../../lib/content/frontmatter';
import { fileNameOf, isPostFile, normaliseFields } from '../../../lib/content/schema';
import { parseSubstackCsv, substackBody } from '../../../lib/content/substack';
import { classifyPostFile } from '../../../lib/check/post-files';
import { substackCsvProblems, substackPostFindings, substackUnread } from '../../../lib/check/substack';

const HEADER = 'post_id,post_date,is_published,email_sent_at,inbox_sent_at,type,audience,title,subtitle,podcast_url';
const dirs: string[] = [];
after(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** An export on disk: posts.csv with `rows`, and posts/<id>.html for each of `files`. */
function exportWith(rows: string[], files: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'substack-'));
  dirs.push(dir);
  fs.mkdirSync(path.join(dir, 'posts'));
  fs.writeFileSync(path.join(dir, 'posts.csv'), [HEADER, ...rows, ''].join('\n'));
  for (const id of files) fs.writeFileSync(path.join(dir, 'posts', `${id}.html`), '<p>Text.</p>');
  return dir;
}

describe("Substack's export", () => {
  it('reads posts.csv: quoted cells with commas, quotes and line breaks, each row at its line', () => {
    const { rows, problems } = parseSubstackCsv(`${HEADER}\n1.a,2024-03-02T09:15:00.000Z,true,,,newsletter,everyone,"One, two","Say ""hi""\nagain",\n2.b,,false,,,page,only_paid,B,,\n`);
    assert.deepEqual(problems, []);
    assert.deepEqual([rows.get('1.a')?.cells.title, rows.get('1.a')?.cells.subtitle, rows.get('1.a')?.line], ['One, two', 'Say "hi"\nagain', 3]);
    assert.equal(rows.get('2.b')?.line, 4);
  });

  it('names what it cannot read in posts.csv: a broken quote, a missing column, a second row', () => {
    assert.match(parseSubstackCsv(`${HEADER}\n1.a,2024-01-01,true,,,newsletter,everyone,"Open,,\n`).problems[0]?.message ?? '', /posts\.csv cannot be read/);
    assert.match(parseSubstackCsv('id,title\n1,A\n').problems[0]?.message ?? '', /no `post_id`, `post_date`, `is_published` column/);
    const twice = parseSubstackCsv(`${HEADER}\n1.a,2024-01-01,true,,,newsletter,everyone,A,,\n1.a,2024-01-02,true,,,newsletter,everyone,B,,\n`);
    assert.deepEqual([twice.problems[0]?.line, twice.rows.get('1.a')?.cells.title], [3, 'A']);
  });

  it('is a post by its name, its slug the one Substack gave it; posts.csv is its data', () => {
    assert.ok(isPostFile('148210.first-week.html', () => '<p>No frontmatter.</p>'));
    assert.ok(!isPostFile('notes.html', () => '<p>No frontmatter.</p>'));
    assert.equal(fileNameOf('posts/substack/posts/148210.first-week.html'), 'first-week');
    assert.equal(classifyPostFile('posts.csv').kind, 'substack');
  });

  it('reads a post’s fields from its row: title, subtitle, date; a draft without a date is dated by its file', () => {
    const dir = exportWith(['148210.first-week,2024-03-02T09:15:00.000Z,true,,,newsletter,everyone,First week,"Maps, coffee",', '148305.later,,false,,,newsletter,everyone,Later,,'], ['148210.first-week', '148305.later']);
    const file = path.join(dir, 'posts', '148210.first-week.html');
    const front = readFrontmatter(fs.readFileSync(file, 'utf8'), 'posts/substack/posts/148210.first-week.html', file);
    assert.equal(front?.format, 'substack');
    const fields = normaliseFields(front?.data ?? {}, 'posts/substack/posts/148210.first-week.html');
    assert.deepEqual([fields.title, fields.subtitle, fields.date, fields.draft, fields.slug], ['First week', 'Maps, coffee', '2024-03-02T09:15:00.000Z', false, 'first-week']);
    const draftFile = path.join(dir, 'posts', '148305.later.html');
    const draft = readFrontmatter('<p>Text.</p>', 'posts/148305.later.html', draftFile);
    assert.deepEqual([draft?.data.draft, draft?.data.date], [true, fs.statSync(draftFile).mtime.toISOString()]);
    // Without its path on disk, or without its row, a post has no fields: content:check names why.
    assert.deepEqual(readFrontmatter('<p>Text.</p>', 'posts/148210.first-week.html')?.data, {});
    const orphan = path.join(dir, 'posts', '999.gone.html');
    const findings = substackPostFindings(readFrontmatter('<p>Text.</p>', 'posts/999.gone.html', orphan)!, orphan, dir, '<p>Text.</p>');
    assert.deepEqual(findings.map((finding) => finding.severity), ['error']);
    assert.match(findings[0]?.message ?? '', /posts\.csv has no row `999\.gone`/);
  });

  it('warns of a paid post, notes a page, and fails a podcast episode whose audio would be lost', () => {
    const dir = exportWith(['1.paid,2024-01-01,true,,,newsletter,only_paid,Paid,,', '2.about,2024-01-01,true,,,page,everyone,About,,', '3.episode,2024-01-01,true,,,podcast,everyone,Episode,,https://api.substack.com/feed/podcast/3.mp3'], ['1.paid', '2.about', '3.episode']);
    const said = (id: string) => {
      const file = path.join(dir, 'posts', `${id}.html`);
      return substackPostFindings(readFrontmatter('<p>Text.</p>', `posts/${id}.html`, file)!, file, dir, '<p>Text.</p>').map((finding) => `${finding.severity} ${finding.message}`);
    };
    assert.match(said('1.paid').join('\n'), /^warning On Substack only some readers could read it \(`audience` is `only_paid`, posts\.csv:2\)/m);
    assert.match(said('2.about').join('\n'), /^info A page of the Substack publication/m);
    assert.match(said('3.episode').join('\n'), /^error Its podcast episode \(`podcast_url`, posts\.csv:4\)/m);
    // A block kept only as data is named for a post with its row too.
    const file = path.join(dir, 'posts', '1.paid.html');
    const text = '<p>Energy:</p>\n<div class="latex-rendered" data-attrs="{&quot;persistentExpression&quot;:&quot;E=mc^2&quot;}"></div>';
    assert.match(substackPostFindings(readFrontmatter(text, 'posts/1.paid.html', file)!, file, dir, text).map((finding) => `${finding.line} ${finding.severity} ${finding.message}`).join('\n'), /^2 error Substack's LaTeX block \(`E=mc\^2`\)/m);
  });

  it('fails a block Substack kept only as data (a formula, a gallery), and warns of a block it does not know', () => {
    const text = [
      '<p>Energy:</p>',
      '<div class="latex-rendered" data-attrs="{&quot;persistentExpression&quot;:&quot;E=mc^2&quot;,&quot;id&quot;:&quot;A&quot;}" data-component-name="LatexBlockToDOM"></div>',
      '<div class="image-gallery-embed" data-attrs="{&quot;gallery&quot;:{}}"></div><div class="poll-embed" data-component-name="PollToDOM"><p>Vote</p></div>',
      '<div class="captioned-image-container"><figure><a class="image-link" data-component-name="Image2ToDOM"></a></figure></div>',
    ].join('\n');
    const said = substackUnread(text).map((finding) => `${finding.line} ${finding.severity} ${finding.message}`);
    assert.deepEqual(said, [
      "2 error Substack's LaTeX block (`E=mc^2`) is in the export only as data, which the site does not read: readers would lose it.",
      "3 error Substack's image gallery is in the export only as data, which the site does not read: readers would lose it.",
      "3 warning Substack's `PollToDOM` block is read as its HTML only: what Substack drew from its data is not shown.",
    ]);
  });

  it('names a row whose post file is not in the export, at its line', () => {
    const dir = exportWith(['1.here,2024-01-01,true,,,newsletter,everyone,Here,,', '2.gone,2024-01-01,true,,,newsletter,everyone,Gone,,'], ['1.here']);
    const files = ['content/posts/s/posts.csv', 'content/posts/s/posts/1.here.html'];
    const problems = substackCsvProblems('content/posts/s/posts.csv', fs.readFileSync(path.join(dir, 'posts.csv'), 'utf8'), files);
    assert.deepEqual(problems.map((problem) => [problem.line, problem.severity]), [[3, 'error']]);
    assert.match(problems[0]?.message ?? '', /`2\.gone` \(“Gone”\) has its row here but no file/);
  });

  it('leaves Substack’s own parts out of the body, its length and lines kept', () => {
    const body = [
      '<p>Opinions<a class="footnote-anchor" data-component-name="FootnoteAnchorToDOM" id="footnote-anchor-1" href="#footnote-1" target="_self">1</a>.</p>',
      '<div class="captioned-image-container"><figure><a class="image-link image2" target="_blank" href="https://substackcdn.com/image/fetch/x.png"><div class="image2-inset"><picture><source type="image/webp" srcset="https://substackcdn.com/x.webp 424w"><img src="https://substack-post-media.s3.amazonaws.com/x.png" alt="A map" srcset="https://substackcdn.com/x.png 424w" sizes="100vw" loading="lazy"></picture><div class="image-link-expand"><svg><polyline></polyline></svg></div></div></a><figcaption class="image-caption">The route.</figcaption></figure></div>',
      '<p class="button-wrapper" data-attrs="{}"><a class="button primary" href="https://ann.substack.com/subscribe?"><span>Subscribe now</span></a></p>',
      '<p class="button-wrapper" data-attrs="{}"><a class="button primary" href="https://ann.substack.com/p/x?utm_source=substack&amp;action=share"><span>Share</span></a></p>',
      '<p class="button-wrapper" data-attrs="{}"><a class="button primary" href="https://example.com/book"><span>Buy the book</span></a></p>',
      '<div class="subscription-widget-wrap-editor" data-attrs="{}"><div class="subscription-widget"><div class="preamble"><p class="cta-caption">Thanks for reading!</p></div><form class="subscription-widget-subscribe"><input type="email" name="email"><input type="submit" value="Subscribe"></form></div></div>',
      '<div class="paywall-jump" data-component-name="PaywallToDOM"></div>',
      '<div class="footnote" data-component-name="FootnoteToDOM"><a id="footnote-1" href="#footnote-anchor-1" class="footnote-number" contenteditable="false" target="_self">1</a><div class="footnote-content"><p>About coffee.</p></div></div>',
    ].join('\n');
    const read = substackBody(body);
    assert.equal(read.length, body.length);
    assert.equal(read.split('\n').length, body.split('\n').length);
    const tidy = read.replace(/ {2,}/g, ' ').replace(/ >/g, '>');
    assert.match(tidy, /<p>Opinions<sup><a href="#footnote-1" id="footnote-anchor-1">1<\/a><\/sup>\.<\/p>/);
    assert.match(tidy, /<figure><div class="image2-inset"> <img src="https:\/\/substack-post-media\.s3\.amazonaws\.com\/x\.png" alt="A map"> <\/div><figcaption class="image-caption">The route\.<\/figcaption><\/figure>/);
    assert.match(tidy, /<p><a href="https:\/\/example\.com\/book">Buy the book<\/a><\/p>/);
    assert.match(tidy, /<div class="footnote-content"><p><sup><a href="#footnote-anchor-1" id="footnote-1">1<\/a><\/sup> About coffee\.<\/p>/);
    assert.doesNotMatch(read, /Subscribe|Share|Thanks for reading|paywall|substackcdn|srcset|class="footnote-anchor|data-|target=|<svg/);
  });

  it('leaves out whole blocks of Substack’s own, however deep: a heading’s copy-link button, an image’s buttons', () => {
    const body = [
      '<h2 class="header-anchor-post">What comes next<div class="pencraft pc-display-flex pc-reset header-anchor-parent"><div class="pencraft pc-display-contents"><div id="§what-comes-next" class="pencraft header-anchor offset-top"></div><button tabindex="0" type="button" aria-label="Link"><svg><path d="M0"></path></svg></button></div></div></h2>',
      '<div class="captioned-image-container"><figure><a class="image-link image2" href="https://substackcdn.com/x.png"><div class="image2-inset"><img src="https://substack-post-media.s3.amazonaws.com/x.png" alt="A map"><div class="image-link-expand"><div class="pencraft pc-display-flex"><button type="button"><svg></svg></button><button type="button"><svg></svg></button></div></div></div></a></figure></div>',
    ].join('\n');
    const tidy = substackBody(body).replace(/ {2,}/g, ' ').replace(/ >/g, '>');
    assert.match(tidy, /^<h2 class="header-anchor-post">What comes next <\/h2>$/m);
    assert.match(tidy, /<figure><div class="image2-inset"><img src="https:\/\/substack-post-media\.s3\.amazonaws\.com\/x\.png" alt="A map"> <\/div><\/figure>/);
    assert.doesNotMatch(tidy, /button|svg|pencraft/);
  });

  it('reads a megabyte of unclosed Substack markup in bounded time', { timeout: 60_000 }, () => {
    const hostile = ['<div class="subscription-widget-wrap', '<a class="image-link', '<p class="button-wrapper"><a class="button" href="', '<div class="image-link-expand">', '<div class="header-anchor-parent">', '<div class="subscription-widget-wrap"><div>', '<a class="footnote-anchor"'].map((open) => open.repeat(200_000 / open.length)).join('\n');
    const started = Date.now();
    assert.equal(substackBody(hostile).length, hostile.length);
    assert.ok(Date.now() - started < 30_000);
  });
});
