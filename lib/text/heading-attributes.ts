/**
 * A heading's attribute block at the end of its line, as goldmark (Hugo), Pandoc, MkDocs, kramdown and
 * Docusaurus write it: `{#id .class key=value}`, `{: #id}`. Group 1 is kramdown's colon, group 2 the attributes.
 * Read where a title comes from an opening heading (lib/content/frontmatter.ts) and where the body is
 * rewritten (lib/markdown/engine-syntax.ts).
 */
export const HEADING_ATTRIBUTES = /[ \t]*\{(:?)[ \t]*((?:(?:[#.][^\s{}#.="']+|-|[\w-]+=(?:"[^"]*"|'[^']*'|[^\s{}"']+))[ \t]*)+)\}[ \t]*$/;

/** One attribute of such a block: `#id`, `.class`, `key="value"`. */
export const ATTRIBUTE = /"[^"]*"|'[^']*'|[^\s"'=]+(?:=(?:"[^"]*"|'[^']*'|[^\s"']+))?/g;
