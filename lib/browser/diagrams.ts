/**
 * The markup a diagram written as code becomes (lib/markdown/diagrams.ts) and the browser draws
 * (components/MermaidDiagrams.tsx): one name for each, shared by both and the sanitiser.
 */

/** The figure around one diagram. */
export const DIAGRAM_FIGURE_CLASS = 'diagram';

/** The `<pre>` holding a Mermaid diagram's source: shown as it is until the browser has drawn it. */
export const MERMAID_SOURCE_CLASS = 'mermaid';

/**
 * The Mermaid the browser loads: its own prebuilt modules, copied into public/ by the build
 * (scripts/build/mermaid-assets.ts, which stops when the installed package is another version).
 */
export const MERMAID_VERSION = '12.4.0';
export const MERMAID_DIR = '_mermaid';
export const MERMAID_MODULE = `/${MERMAID_DIR}/${MERMAID_VERSION}/mermaid.esm.min.mjs`;

/** Whether a post's HTML holds a diagram to draw (so the page loads the drawing code only then). */
export function hasMermaidDiagram(html: string): boolean {
  return html.includes(`<pre class="${MERMAID_SOURCE_CLASS}"`);
}
