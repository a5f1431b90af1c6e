/**
 * Hostile frontmatter and first paragraphs aimed at the feeds: CDATA breakouts, markup, entities,
 * characters XML cannot carry. Each entry is a whole post as an author could write it.
 */
export interface HostileFeedPost {
  name: string;
  /** YAML values, written as given (already quoted where YAML needs it) */
  title: string;
  summary?: string;
  tags?: string;
  /** The first paragraph of the body (the auto-excerpt when there is no summary) */
  paragraph: string;
  /** The title as a reader must see it */
  shownTitle: string;
}

export const HOSTILE_FEED_POSTS: HostileFeedPost[] = [
  {
    name: 'cdata-breakout-title',
    title: '"Feed A ]]> B ]]></title><link>https://evil.example/hijack</link><title><![CDATA[ C"',
    shownTitle: 'Feed A ]]> B ]]></title><link>https://evil.example/hijack</link><title><![CDATA[ C',
    paragraph: 'Plain first paragraph.',
  },
  {
    name: 'script-summary',
    title: '"Summary with script"',
    shownTitle: 'Summary with script',
    summary: '"Summary <script>alert(1)</script>"',
    paragraph: 'Body text.',
  },
  {
    name: 'img-excerpt',
    title: '"Excerpt with an image handler"',
    shownTitle: 'Excerpt with an image handler',
    paragraph: 'Hello <img src="data:image/png,x" onerror=alert(1)> world',
  },
  {
    name: 'markup-tag-label',
    title: '"Tag label with markup"',
    shownTitle: 'Tag label with markup',
    tags: '["a<b", "x\\"y", "R&D <3"]',
    paragraph: 'Tags with markup characters.',
  },
  {
    name: 'entities-title',
    title: '"&amp; &lt;b&gt; &#x3C;script&#x3E; &nbsp; <b>bold</b>"',
    shownTitle: '&amp; &lt;b&gt; &#x3C;script&#x3E; &nbsp; <b>bold</b>',
    paragraph: 'Entities &lt;script&gt; and &amp;amp; in the body, ]]> too.',
  },
  {
    name: 'control-characters',
    title: '"Bell \\a, NUL \\0, form feed \\f, escape \\e and U+FFFE \\uFFFE in a title"',
    shownTitle: 'Bell , NUL , form feed , escape  and U+FFFE  in a title',
    summary: '"Vertical tab \\v here"',
    paragraph: 'Text.',
  },
  {
    name: 'cdata-in-body',
    title: '"CDATA in the body"',
    shownTitle: 'CDATA in the body',
    paragraph: 'A paragraph that says ]]> and `]]>` and <![CDATA[ x ]]> twice: ]]>',
  },
  {
    name: 'comment-and-pi',
    title: '"<!-- comment --> <?xml version=\\"1.0\\"?> title"',
    shownTitle: '<!-- comment --> <?xml version="1.0"?> title',
    summary: '"]]><!DOCTYPE x [<!ENTITY e SYSTEM \\"file:///etc/passwd\\">]>&e;"',
    paragraph: 'Text.',
  },
  {
    name: 'javascript-link-paragraph',
    title: '"Links in the first paragraph"',
    shownTitle: 'Links in the first paragraph',
    paragraph: '[click](javascript:alert(1)) and <a href="javascript:alert(2)">raw</a> and <svg onload=alert(3)>',
  },
  {
    name: 'rtl-and-emoji',
    title: '"\\u202Eevil\\u202C 🔓 日本語 عربى"',
    shownTitle: '\u202Eevil\u202C 🔓 日本語 عربى',
    tags: '["日本語", "عربى"]',
    paragraph: '日本語の段落 <b>太字</b>',
  },
];

/** The post file for a corpus entry. */
export function hostileFeedMarkdown(post: HostileFeedPost): string {
  const lines = ['---', `title: ${post.title}`, 'date: 2024-05-01'];
  if (post.summary) lines.push(`summary: ${post.summary}`);
  lines.push(`tags: ${post.tags ?? 'hostile'}`, '---', '', post.paragraph, '', '## Next', '', 'More text.', '');
  return lines.join('\n');
}
