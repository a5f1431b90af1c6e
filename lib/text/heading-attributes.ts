// The attributes: `#id` and `.class` (one may follow another, `#id.class`), `-` (Pandoc's unnumbered) and
// `key=value`, which has spaces around it. No attribute can hold the character that starts the next one, so
// a line is read one way only: however long, it is never split again and again.
const NAMED = String.raw`[#.][^\s{}#.="']+`;
const OTHER = String.raw`(?:[\w-]+=(?:"[^"]*"|'[^']*'|[^\s{}"']+)|-)(?=[ \t}])`;
/** The attributes of one block, as a pattern's source (also after an image or a link: lib/markdown/engine-syntax.ts). */
export const ATTRIBUTES = String.raw`(?:${NAMED}|${OTHER})(?:[ \t]*${NAMED}|[ \t]+${OTHER})*`;

/**
 * A heading's attribute block at the end of its line, as goldmark (Hugo), Pandoc, MkDocs, kramdown and
 * Docusaurus write it: `{#id .class key=value}`, `{: #id}`. Group 1 is kramdown's colon, group 2 the attributes.
 * Read where a title comes from an opening heading (lib/content/frontmatter.ts) and where the body is
 * rewritten (lib/markdown/engine-syntax.ts). The spaces before it are the caller's to trim: a pattern
 * that took them would try every space of a long run again.
 */
export const HEADING_ATTRIBUTES = new RegExp(String.raw`\{(:?)[ \t]*(${ATTRIBUTES})[ \t]*\}[ \t]*$`);

/** One attribute of such a block: `#id`, `.class`, `key="value"`. */
export const ATTRIBUTE = /"[^"]*"|'[^']*'|[^\s"'=]+(?:=(?:"[^"]*"|'[^']*'|[^\s"']+))?/g;
