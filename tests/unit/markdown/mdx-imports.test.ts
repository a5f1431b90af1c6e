import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { findMdxProblems } from '../../../lib/check/mdx';
import { codeBlockFence, knownImports, remarkComponentImports } from '../../../lib/markdown/mdx-imports';

const parse = (source: string) => unified().use(remarkParse).use(remarkMdx).parse(source) as Root;
const transformed = (source: string) => {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkComponentImports);
  return processor.runSync(processor.parse(source)) as Root;
};
const element = (source: string) => parse(source).children.find((node): node is MdxJsxFlowElement => node.type === 'mdxJsxFlowElement');
const said = (body: string) => findMdxProblems(body).map((finding) => `${finding.line} ${finding.severity} ${finding.message}`);

describe('other engines’ own components in an .mdx post (Docusaurus’ theme, Nextra’s)', () => {
  it('reads imports of its theme’s Tabs, TabItem, CodeBlock and Admonition, each under its own name, and nothing else', () => {
    assert.deepEqual(knownImports("import Tabs from '@theme/Tabs';\nimport TabItem from \"@theme/TabItem\"\n// the code block\nimport CodeBlock from '@theme/CodeBlock';")?.components, ['Tabs', 'TabItem', 'CodeBlock']);
    assert.equal(knownImports("import MyTabs from '@theme/Tabs';"), undefined);
    assert.equal(knownImports("import Tabs from '@theme/Tabs';\nimport Chart from '../components/Chart';"), undefined);
    assert.equal(knownImports("import { Tabs } from '@theme/Tabs';"), undefined);
    assert.equal(knownImports('export const year = 2024;'), undefined);
    assert.equal(knownImports("import Tabs from '@theme/Tabs'; alert(1)"), undefined);
    assert.deepEqual(knownImports("import { Callout, Tabs } from 'nextra/components'\nimport { Steps } from \"nextra-theme-docs\";")?.components, ['Callout', 'Tabs', 'Steps']);
    assert.equal(knownImports("import { Callout, Bleed } from 'nextra/components'"), undefined);
    assert.equal(knownImports("import { Callout as Note } from 'nextra/components'"), undefined);
    // The embed libraries' players, links here (lib/markdown/embeds.ts).
    assert.deepEqual(knownImports("import { YouTube, Tweet } from 'astro-embed';\nimport { Tweet } from 'react-tweet'\nimport { YouTubeEmbed } from '@next/third-parties/google';")?.components, ['YouTube', 'Tweet', 'Tweet', 'YouTubeEmbed']);
    assert.equal(knownImports("import { LinkPreview } from 'astro-embed';"), undefined);
  });

  it('drops those imports only, and makes a written-out <CodeBlock> the fence it stands for', () => {
    const tree = transformed("import Tabs from '@theme/Tabs';\n\nimport Chart from './Chart';\n\n<CodeBlock language=\"jsx\" title=\"a.js\" showLineNumbers>\n{`const a = \\`x\\`;\nreturn <h1>{a}</h1>;`}\n</CodeBlock>\n\n<Tabs>\n  <TabItem value=\"a\">A</TabItem>\n</Tabs>\n");
    assert.deepEqual(tree.children.map((node) => node.type), ['mdxjsEsm', 'code', 'mdxJsxFlowElement']);
    const code = tree.children[1];
    assert.ok(code?.type === 'code');
    assert.deepEqual([code.lang, code.meta, code.value], ['jsx', 'title="a.js" showLineNumbers', 'const a = `x`;\nreturn <h1>{a}</h1>;']);
  });

  it('reads Astro’s image imports: each image is its file where the post names it, <Image src={bird}> or <img src={bird.src}>', () => {
    const source = "import { Image } from 'astro:assets';\nimport bird from './images/bird.png';\nimport chart from \"../charts/fees.svg\"\n\n<Image src={bird} alt=\"A bird\" />\n\n<img src={chart.src} alt=\"Fees\" />\n\n<a href={bird.src}>The file</a>\n";
    assert.deepEqual(knownImports("import { Image } from 'astro:assets';\nimport bird from './images/bird.png';"), { components: ['Image'], images: { bird: './images/bird.png' } });
    // Only a file beside the post, by a relative path: a package's module or another kind of file stays an error.
    for (const other of ["import bird from 'bird.png';", "import data from './data.json';", "import { bird } from './bird.png';", "import bird from '/images/bird.png';"]) assert.equal(knownImports(other), undefined, other);
    const tree = transformed(source);
    assert.deepEqual(tree.children.map((node) => node.type), ['mdxJsxFlowElement', 'mdxJsxFlowElement', 'paragraph']);
    const [image, img] = tree.children as MdxJsxFlowElement[];
    assert.deepEqual([image?.name, image?.attributes.map((attribute) => [attribute.type === 'mdxJsxAttribute' ? attribute.name : '', attribute.value])], ['Image', [['src', './images/bird.png'], ['alt', 'A bird']]]);
    assert.deepEqual([img?.name, img?.attributes[0]?.value], ['Image', '../charts/fees.svg']);
    // A link to the file is no address on the site: it stays an expression, which content:check names.
    assert.match(JSON.stringify(tree.children[2]), /"name":"href","value":\{"type":"mdxJsxAttributeValueExpression","value":"bird.src"/);
    assert.match(said(source).join('\n'), /^9 error The expression \{bird\.src\} cannot be evaluated/m);
    // content:check reads them the same way: a note for the imports, no error for the images.
    assert.deepEqual(said(source.replace(/\n\n<a href[^\n]*\n/, '\n')), ["1 info import { Image } from 'astro:assets'; is left out: the site has its own <Image>, which needs no import; {bird} is ./images/bird.png, {chart} is ../charts/fees.svg, shown as any image beside the post."]);
  });

  it('leaves a <CodeBlock> whose code is not written out, or that has another option, to its component', () => {
    assert.equal(codeBlockFence(element('<CodeBlock language="js">\n{`a ${b}`}\n</CodeBlock>\n')!), undefined);
    assert.equal(codeBlockFence(element('<CodeBlock language="js">\n{code}\n</CodeBlock>\n')!), undefined);
    assert.equal(codeBlockFence(element('<CodeBlock language="js" metastring="{1}">\n{`a`}\n</CodeBlock>\n')!), undefined);
    assert.deepEqual(codeBlockFence(element("<CodeBlock>\n{'one line'}\n</CodeBlock>\n")!)?.value, 'one line');
    // Only the bare flag numbers lines: `showLineNumbers={false}` says not to.
    assert.equal(codeBlockFence(element('<CodeBlock language="js" showLineNumbers={false}>\n{`a`}\n</CodeBlock>\n')!)?.meta, null);
  });

  it('notes what content:check reads, warns of plain code, and stops at an admonition kind it does not know', () => {
    const body = ["import Tabs from '@theme/Tabs';", 'import TabItem from "@theme/TabItem";', '', '<Tabs>', '  <TabItem value="a" label="A">A</TabItem>', '</Tabs>', '', '<CodeBlock language="js">', '{source}', '</CodeBlock>', '', '<Admonition type="hint">Text</Admonition>', '', "import Chart from './Chart';", ''].join('\n');
    assert.deepEqual(said(body), [
      "1 info import Tabs from '@theme/Tabs'; is left out: the site has its own <Tabs>, <TabItem>, which need no import.",
      '4 info <Tabs> (Docusaurus, Nextra): the site has no tabs, so every tab is shown, one after another, under its label.',
      '8 warning <CodeBlock> is shown as plain code, without highlighting: its code is not written out in it, or it has an option the site does not read.',
      '9 error The expression {source} cannot be evaluated when the site is built (ReferenceError: source is not defined).',
      '12 error <Admonition type="hint"> is not a kind of callout.',
      "14 error An `import` in a post is not supported: import Chart from './Chart';",
    ]);
  });

  it('reads a Next.js MDX blog’s next/image and next/link: its <Image> is the site’s, its <Link> the anchor it renders', () => {
    const source = "import Image from 'next/image';\nimport Link from 'next/link';\n\n<Image src=\"/static/chart.png\" alt=\"A chart\" width={640} height={360} priority />\n\nRead <Link href=\"./other-post.md\" prefetch={false} className=\"x\">the other post</Link>.\n";
    const tree = transformed(source);
    assert.deepEqual(tree.children.map((node) => node.type), ['mdxJsxFlowElement', 'paragraph']);
    const link = (tree.children[1] as { children: { type: string; name?: string; attributes?: { name: string; value: unknown }[] }[] }).children[1];
    assert.equal(link?.name, 'a');
    assert.deepEqual(link?.attributes?.map((attribute) => [attribute.name, attribute.value]), [['href', './other-post.md'], ['className', 'x']]);
    assert.deepEqual(said(source), [
      "1 info import Image from 'next/image'; is left out: the site has its own <Image>, which needs no import; <Link> is the link it renders, an <a> that follows the site’s link rules.",
      // As an anchor's class, which it now is.
      "6 info The class `x` on the post's HTML is kept, but the site's stylesheet has only the classes its own pages use: readers may see that text without the look they gave it.",
    ]);
    // Another module's Link is not Next's: still an error.
    assert.equal(knownImports("import Link from '@docusaurus/Link';"), undefined);
  });

  it('accepts Nextra’s callout kinds and <Tabs.Tab>, and notes its <Steps>', () => {
    const body = ["import { Callout, Tabs, Steps } from 'nextra/components'", '', '<Callout type="error">E</Callout>', '', '<Callout type="info">I</Callout>', '', '<Tabs items={[\'a\', \'b\']}>', '  <Tabs.Tab>A</Tabs.Tab>', '  <Tabs.Tab>B</Tabs.Tab>', '</Tabs>', '', '<Steps>', '### One', '</Steps>', '', '<Callout type="fatal">F</Callout>', ''].join('\n');
    assert.deepEqual(said(body).map((line) => line.split(':')[0]), [
      "1 info import { Callout, Tabs, Steps } from 'nextra/components' is left out",
      '7 info <Tabs> (Docusaurus, Nextra)',
      '12 info <Steps> (Nextra)',
      '16 error <Callout type="fatal"> is not a kind of callout.',
    ]);
  });
});
