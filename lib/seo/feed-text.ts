/**
 * Text for XML feeds. `feed` puts item titles and summaries in CDATA and marks them as HTML (Atom
 * `type="html"`; RSS readers read them as HTML too), escapes only `&` in attributes and splits only the
 * first `]]>` of a CDATA section. So every text field goes in as escaped HTML, and nothing that XML 1.0
 * forbids reaches the document.
 */

// Characters XML 1.0 cannot carry in any form (control characters, lone surrogates, U+FFFE/U+FFFF).
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Drops the characters no XML document may contain. */
export function xmlChars(text: string): string {
  return text.replace(NOT_XML, '');
}

/** Plain text as HTML that shows exactly that text: no markup, and no `]]>` left to close a CDATA. */
export function htmlText(text: string): string {
  return xmlChars(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Sanitised HTML for a CDATA section: `]]&gt;` means the same in HTML and cannot end the section. */
export function cdataHtml(html: string): string {
  return xmlChars(html).replaceAll(']]>', ']]&gt;');
}

/** Plain text for an XML attribute value. */
export function xmlAttribute(text: string): string {
  return xmlChars(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}
