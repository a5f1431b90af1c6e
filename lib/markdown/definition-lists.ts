import type { Root } from 'mdast';
import { remarkDefinitionList } from 'remark-definition-list';
import type { Processor } from 'unified';
import { visit } from 'unist-util-visit';

const TAGS: Readonly<Record<string, string>> = { defList: 'dl', defListTerm: 'dt', defListDescription: 'dd' };

/**
 * Definition lists (`Term`, then `: What it means` under it), as Hugo (goldmark), kramdown, PHP Markdown
 * Extra, Pandoc and MkDocs' def_list write them: remark-definition-list parses them (they were a paragraph
 * with `: ` in it), and each node names its element, so every step that makes HTML draws a <dl>.
 */
export function remarkDefinitionLists(this: Processor) {
  remarkDefinitionList.call(this);
  return (tree: Root) => {
    visit(tree, (node) => {
      const tag = TAGS[node.type];
      if (tag) node.data = { ...node.data, hName: tag };
    });
  };
}
