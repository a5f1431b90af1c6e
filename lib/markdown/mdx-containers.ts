import type { BlockContent, PhrasingContent, Root } from 'mdast';
import { directiveFromMarkdown, type ContainerDirective } from 'mdast-util-directive';
import { directive } from 'micromark-extension-directive';
import type { Construct, Extension } from 'micromark-util-types';
import type { Processor } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { ALERT_KINDS, calloutQuote } from './alerts';

/**
 * Docusaurus' containers in an `.mdx` post (`:::tip[Title]` … `:::`), which its own blog template writes.
 * A `.md` post's are rewritten with the other engines' syntax (lib/markdown/engine-syntax.ts); an `.mdx`
 * body is parsed by mdx-bundler, so here the container is parsed as remark-directive parses it (as
 * Docusaurus does) and made the callout that a `> [!TIP] Title` quote is (lib/markdown/alerts.ts). Only
 * the container form: `:name` in running text ("Note:this") stays text.
 */
const flow = directive().flow?.[58];
// The container is the one construct of the two at `:` that holds other blocks (`concrete`); the leaf is not.
const containerOnly: Extension = { flow: { 58: (Array.isArray(flow) ? flow : [flow]).filter((construct): construct is Construct => construct?.concrete === true) } };

/** The container names that are callouts; `details` folds (closed), as VitePress' `::: details` does. */
export function containerKind(name: string): { kind: string; fold: '' | '-' } | undefined {
  const word = name.toLowerCase();
  if (word === 'details') return { kind: 'note', fold: '-' };
  return Object.hasOwn(ALERT_KINDS, word) ? { kind: word, fold: '' } : undefined;
}

/** Parses `:::name[label]` … `:::` blocks into containerDirective nodes (content:check reads them too). */
export function remarkContainerSyntax(this: Processor) {
  const data = this.data();
  data.micromarkExtensions = [...(data.micromarkExtensions ?? []), containerOnly];
  data.fromMarkdownExtensions = [...(data.fromMarkdownExtensions ?? []), directiveFromMarkdown()];
}

/** …and makes each container of a known kind a callout; content:check names the others. */
export function remarkMdxContainers(this: Processor) {
  remarkContainerSyntax.call(this);
  return (tree: Root) => {
    visit(tree, 'containerDirective', (node: ContainerDirective, index, parent) => {
      const known = containerKind(node.name);
      if (!known || !parent || index === undefined) return;
      const [first, ...rest] = node.children;
      const labelled = first?.type === 'paragraph' && first.data?.directiveLabel === true;
      const label: PhrasingContent[] = labelled ? first.children : [];
      const title = label.length > 0 ? label : known.fold ? [{ type: 'text' as const, value: 'Details' }] : [];
      const quote = calloutQuote(known.kind, known.fold, title, (labelled ? rest : node.children) as BlockContent[], node.position);
      parent.children[index] = quote;
      // Containers inside it are visited as the quote's children.
      return [SKIP, index];
    });
  };
}
