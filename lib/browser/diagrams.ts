/**
 * The markup a diagram written as code becomes (lib/markdown/diagrams.ts) and the browser draws
 * (components/MermaidDiagrams.tsx): one name for each, shared by both and the sanitiser.
 */

/** The figure around one diagram. */
export const DIAGRAM_FIGURE_CLASS = 'diagram';

/** The `<pre>` holding a Mermaid diagram's source: shown as it is until the browser has drawn it. */
export const MERMAID_SOURCE_CLASS = 'mermaid';

/** Whether a post's HTML holds a diagram to draw (so the page loads the drawing code only then). */
export function hasMermaidDiagram(html: string): boolean {
  return html.includes(`<pre class="${MERMAID_SOURCE_CLASS}"`);
}
