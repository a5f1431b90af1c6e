import mdxClient from 'mdx-bundler/client/index.js';
import { createElement, type ComponentType } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { mdxComponents } from '../../components/mdx';
import { TOC_COMPONENTS } from '../../components/mdx/names';
import { extractToc, type TocEntry } from './toc';

export interface RenderedMdx {
  html: string;
  toc: TocEntry[];
}

const rendered = new Map<string, Promise<RenderedMdx>>();

/** React 19 adds `<link rel="preload">` for a high-priority image; the page's own <head> decides preloads. */
const withoutPreloads = (html: string) => html.replace(/^(?:<link rel="preload"[^>]*>)+/, '');

function render(code: string): RenderedMdx {
  const Content = mdxClient.getMDXComponent(code) as ComponentType<{ components: typeof mdxComponents }>;
  const first = withoutPreloads(renderToStaticMarkup(createElement(Content, { components: mdxComponents })));
  const toc = extractToc(first);
  if (toc.length === 0) return { html: first, toc };
  // A second pass gives `<TOC />` the headings the first one rendered (ids as the pipeline made them).
  const InlineToc = mdxComponents.TOC;
  // The author's props (`toHeading`, `exclude`…) stay; `toc={props.toc}` is replaced by the headings.
  const withToc = Object.fromEntries(TOC_COMPONENTS.map((name) => [name, (props: object) => createElement(InlineToc, { ...props, entries: toc })]));
  return { html: withoutPreloads(renderToStaticMarkup(createElement(Content, { components: { ...mdxComponents, ...withToc } }))), toc };
}

/**
 * An `.mdx` post's compiled code (contentlayer2's `body.code`) as static HTML and its table of
 * contents, rendered once at the content step with React on the server, so pages, feeds and search
 * read `.mdx` and `.md` posts alike. The code runs here: `.mdx` is code its author trusts.
 */
export function renderMdx(code: string): Promise<RenderedMdx> {
  let result = rendered.get(code);
  if (!result) {
    result = Promise.resolve().then(() => render(code));
    rendered.set(code, result);
  }
  return result;
}
