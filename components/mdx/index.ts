import type { ComponentType } from 'react';
import { Callout } from './Callout';
import { CodeBlock } from './CodeBlock';
import { Details } from './Details';
import { Figure } from './Figure';
import { InlineToc } from './InlineToc';
import type { MdxComponentName } from './names';
import { Steps, TabItem, Tabs } from './Tabs';

/**
 * The one registry of components `.mdx` posts use (names and help in ./names.ts). They render to
 * static HTML at the content step (lib/markdown/mdx.ts): none of them ships JavaScript.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each component has its own props
export const mdxComponents: Record<MdxComponentName, ComponentType<any>> = {
  Figure,
  Image: Figure,
  Callout,
  TOC: InlineToc,
  TOCInline: InlineToc,
  Details,
  Tabs,
  TabItem,
  'Tabs.Tab': TabItem,
  Admonition: Callout,
  CodeBlock,
  Steps,
};
