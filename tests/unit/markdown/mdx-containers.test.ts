import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { findMdxProblems } from '../../../lib/check/mdx';
import { remarkAlerts } from '../../../lib/markdown/alerts';
import { remarkMdxContainers } from '../../../lib/markdown/mdx-containers';
import { remarkMdxEmbeds } from '../../../lib/markdown/mdx-figures';
import { renderPost } from '../../support/render';

/** An `.mdx` body through the container and callout steps, as HTML (no JSX in these bodies). */
const renderMdxBody = async (body: string) =>
  String(await unified().use(remarkParse).use(remarkMdx).use(remarkMdxContainers).use(remarkAlerts).use(remarkRehype).use(rehypeStringify).process(body));

describe('Docusaurus’ containers in an .mdx post', () => {
  it('are the callouts the same containers are in a .md post: kind, title, folding', async () => {
    const body = ':::tip[Interactive **posts**]\n\nUse the power of React.\n\n:::\n\n:::info\n\nTags too.\n\n:::\n\n:::details[More]\n\nHidden.\n\n:::\n';
    const mdx = await renderMdxBody(body);
    assert.match(mdx, /<div class="markdown-alert markdown-alert-tip"[^>]*role="note">\s*<p class="markdown-alert-title"[^>]*>Interactive posts<\/p>\s*<p>Use the power of React\.<\/p>\s*<\/div>/);
    assert.match(mdx, /<div class="markdown-alert markdown-alert-note"[^>]*role="note">\s*<p class="markdown-alert-title"[^>]*>Info<\/p>\s*<p>Tags too\.<\/p>/);
    assert.match(mdx, /<details class="markdown-alert markdown-alert-note"[^>]*>\s*<summary class="markdown-alert-title"[^>]*>More<\/summary>\s*<p>Hidden\.<\/p>\s*<\/details>/);
    assert.doesNotMatch(mdx, /:::/);
    // The .md post's callouts (lib/markdown/engine-syntax.ts) have the same title and kind.
    const md = await renderPost(`---\ntitle: T\n---\n\n${body}`);
    assert.match(md, /markdown-alert-tip[^>]*>\s*<p class="markdown-alert-title"[^>]*>Interactive posts<\/p>/);
    assert.match(md, /markdown-alert-note[^>]*>\s*<p class="markdown-alert-title"[^>]*>Info<\/p>/);
  });

  it('keeps a container inside another, and leaves `:name` in running text and `::name` lines as text', async () => {
    const html = await renderMdxBody('::::note[Outer]\n\n:::warning\n\nInner.\n\n:::\n\n::::\n\nNote:this stays, and so does\n\n::leaf\n');
    assert.match(html, /markdown-alert-note[\s\S]*Outer[\s\S]*markdown-alert-warning[\s\S]*Inner\.[\s\S]*<\/div>\s*<\/div>/);
    assert.match(html, /<p>Note:this stays, and so does<\/p>\s*<p>::leaf<\/p>/);
  });
});

describe('a player’s <iframe> (YouTube, Vimeo, Spotify, CodePen, Bilibili)', () => {
  it('is a link to the page it plays in a .md post, and in an .mdx post; any other frame is not kept', async () => {
    const md = await renderPost('---\ntitle: T\n---\n\n<iframe width="560" height="315" src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?si=x" title="YouTube video player" allowfullscreen></iframe>\n\nInline <iframe src="https://player.vimeo.com/video/76979871" title="The\n  talk"></iframe> too.\n\n<iframe src="https://example.com/widget"></iframe>\n');
    assert.match(md, /<p><a href="https:\/\/www\.youtube\.com\/watch\?v=dQw4w9WgXcQ">Watch the video on YouTube<\/a><\/p>/);
    assert.match(md, /<p>Inline <a href="https:\/\/vimeo\.com\/76979871">Watch “The talk” on Vimeo<\/a> too\.<\/p>/);
    assert.doesNotMatch(md, /<iframe|example\.com\/widget/);
    // Bilibili's share code: by its BV id, at the part it plays.
    const bilibili = await renderPost('---\ntitle: T\n---\n\n<iframe src="//player.bilibili.com/player.html?aid=170001&bvid=BV17x411w7KC&cid=279786&page=3" scrolling="no" border="0" frameborder="no" framespacing="0" allowfullscreen="true"></iframe>\n\n<iframe src="//player.bilibili.com/player.html?aid=170001"></iframe>\n');
    assert.match(bilibili, /^<p><a href="https:\/\/www\.bilibili\.com\/video\/BV17x411w7KC\?p=3">Watch the video on Bilibili<\/a><\/p>\n<p><a href="https:\/\/www\.bilibili\.com\/video\/av170001">Watch the video on Bilibili<\/a><\/p>$/);
    const mdx = String(await unified().use(remarkParse).use(remarkMdx).use(remarkMdxEmbeds).use(remarkRehype).use(rehypeStringify).process('<iframe src="https://open.spotify.com/embed/track/4uLU6hMCjMI75M1A2tKUQC" title="Spotify Embed: Song 2" />\n\nA <iframe src="https://codepen.io/a/embed/xyz" /> pen.\n'));
    assert.equal(mdx, '<p><a href="https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC">Listen to “Song 2” on Spotify</a></p>\n<p>A <a href="https://codepen.io/a/pen/xyz">See the pen on CodePen</a> pen.</p>');
  });
});

describe('an embed library’s player in an .mdx post (astro-embed, react-tweet, @next/third-parties, mdx-embed)', () => {
  const render = async (body: string) => String(await unified().use(remarkParse).use(remarkMdx).use(remarkMdxEmbeds).use(remarkRehype).use(rehypeStringify).process(body));

  it('is a link to the page it plays or shows, by each library’s property', async () => {
    const html = await render(
      [
        '<YouTube id="dQw4w9WgXcQ" />',
        '<YouTube id="https://youtu.be/dQw4w9WgXcQ" title="The talk" />',
        '<YouTubeEmbed videoid="ogfYd705cRs" height={400} />',
        '<YouTube youTubeId="https://www.youtube.com/embed/dQw4w9WgXcQ" />',
        '<Vimeo id="76979871" />',
        '<Vimeo vimeoId="https://vimeo.com/76979871" />',
        '<Tweet id="1511750228428435457" />',
        '<Tweet id="https://twitter.com/astrodotbuild/status/1511750228428435457" />',
        '<Tweet tweetLink="astrodotbuild/status/1511750228428435457" />',
      ].join('\n\n'),
    );
    assert.deepEqual([...html.matchAll(/<p><a href="([^"]+)">([^<]+)<\/a><\/p>/g)].map((match) => `${match[1]} ${match[2]}`), [
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ Watch the video on YouTube',
      'https://youtu.be/dQw4w9WgXcQ Watch “The talk” on YouTube',
      'https://www.youtube.com/watch?v=ogfYd705cRs Watch the video on YouTube',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ Watch the video on YouTube',
      'https://vimeo.com/76979871 Watch the video on Vimeo',
      'https://vimeo.com/76979871 Watch the video on Vimeo',
      'https://x.com/i/status/1511750228428435457 Read the post on X',
      'https://twitter.com/astrodotbuild/status/1511750228428435457 Read the post on X',
      'https://x.com/astrodotbuild/status/1511750228428435457 Read the post on X',
    ]);
  });

  it('whose page cannot be read stays, and content:check names it; its import goes with a note', () => {
    const said = (body: string) => findMdxProblems(body).map((finding) => `${finding.line} ${finding.severity} ${finding.message}`);
    assert.deepEqual(said("import { YouTube, Tweet } from 'astro-embed';\n\n<YouTube id={video} />\n\n<Tweet id=\"https://example.com/x\" />\n\n<YouTube id=\"dQw4w9WgXcQ\" />\n"), [
      "1 info import { YouTube, Tweet } from 'astro-embed'; is left out: <YouTube>, <Tweet> are links to what they play or show, without an import.",
      '3 error The expression {video} cannot be evaluated when the site is built (ReferenceError: video is not defined).',
      '3 error <YouTube> names no page the site can link to: readers would lose it. It takes a YouTube video (its id of 11 characters, or its address), written as text in `id`, `youTubeId`, `videoId`, `url`, `src`.',
      '5 error <Tweet> names no page the site can link to: readers would lose it. It takes a post on X (its number, or its address), written as text in `id`, `tweetLink`, `url`, `src`.',
      '7 info <YouTube> is shown as a link to "https://www.youtube.com/watch?v=dQw4w9WgXcQ": the site embeds no other site\'s player.',
    ]);
  });
});
