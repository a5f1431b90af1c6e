/**
 * The components an `.mdx` post may use, by the names authors write (components/mdx/index.ts
 * renders them; other starters' names lead to the same component). No React here: content:check
 * reads this list to name an unknown component and its fix.
 */
export const MDX_COMPONENTS = {
  Figure: 'an image with an optional caption: <Figure src="./photo.jpg" alt="What it shows" caption="…" />',
  Image: 'tailwind-nextjs-starter-blog’s name for <Figure>',
  Callout: 'a boxed note in the alerts’ look: <Callout type="tip" title="…">text</Callout> (note, tip, important, warning, caution)',
  TOC: 'the post’s table of contents, inline: <TOC />',
  TOCInline: 'tailwind-nextjs-starter-blog’s name for <TOC />, with its fromHeading, toHeading, exclude and asDisclosure',
  Details: 'a section the reader opens: <Details summary="…">text</Details>',
  Tabs: 'Docusaurus’ and Nextra’s tabs, every tab shown one after another under its label: <Tabs><TabItem value="js" label="JavaScript">…</TabItem></Tabs>',
  TabItem: 'one tab of Docusaurus’ <Tabs>: <TabItem value="js" label="JavaScript">…</TabItem>',
  'Tabs.Tab': 'one tab of Nextra’s <Tabs items={[…]}>, labelled by its place in `items`',
  Admonition: 'Docusaurus’ name for <Callout>: <Admonition type="tip" title="…">text</Admonition>',
  CodeBlock: 'Docusaurus’ code block: <CodeBlock language="js" title="a.js" showLineNumbers>{`code`}</CodeBlock>, highlighted as a fence is',
  Steps: 'Nextra’s steps: its `###` headings and their text, as written',
} as const;

export type MdxComponentName = keyof typeof MDX_COMPONENTS;

export const MDX_COMPONENT_NAMES = Object.keys(MDX_COMPONENTS) as MdxComponentName[];

/** Components whose `src` is an image the images step processes (lib/markdown/mdx-figures.ts). */
export const FIGURE_COMPONENTS: readonly MdxComponentName[] = ['Figure', 'Image'];

/** Components the table of contents is given to (lib/markdown/mdx.ts renders them with the headings). */
export const TOC_COMPONENTS: readonly MdxComponentName[] = ['TOC', 'TOCInline'];

export const CALLOUT_TYPES = ['note', 'tip', 'important', 'warning', 'caution'] as const;

/** The kind a callout's `type` names: the site's own, and Docusaurus' and Nextra's words for them. */
export const CALLOUT_KINDS: Readonly<Record<string, (typeof CALLOUT_TYPES)[number]>> = {
  ...Object.fromEntries(CALLOUT_TYPES.map((type) => [type, type])),
  info: 'note',
  default: 'note',
  secondary: 'note',
  success: 'tip',
  danger: 'caution',
  error: 'caution',
};
