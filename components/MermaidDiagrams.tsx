'use client';

import { useEffect } from 'react';
import { DIAGRAM_FIGURE_CLASS, MERMAID_MODULE, MERMAID_SOURCE_CLASS } from '@/lib/browser/diagrams';
import { withBasePath } from '@/lib/routes';

/** The appearance the page shows now: the reader's choice on <html>, else the system's. */
function pageIsDark(): boolean {
  const chosen = document.documentElement.dataset.theme;
  return chosen ? chosen === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
}

/**
 * Draws each Mermaid diagram of the post body (lib/markdown/diagrams.ts) as an SVG above its source, which
 * stays readable under "Diagram source"; drawn again in the other colours when the theme changes. Mermaid
 * is loaded only on a page that has a diagram. Without JavaScript the source shows as code; a diagram
 * Mermaid cannot draw keeps its source, with the reason (content:check names it first, by line).
 */
export function MermaidDiagrams({ containerId }: { containerId: string }) {
  useEffect(() => {
    const container = document.getElementById(containerId);
    if (!container) return;
    let round = 0;
    let stopped = false;

    const draw = async () => {
      const current = ++round;
      // Inside the figure, or inside its "Diagram source" once drawn (a remount finds them there).
      const sources = [...container.querySelectorAll<HTMLPreElement>(`figure.${DIAGRAM_FIGURE_CLASS} pre.${MERMAID_SOURCE_CLASS}`)];
      if (sources.length === 0) return;
      const dark = pageIsDark();
      // Served from public/ as Mermaid builds it, not bundled (scripts/build/mermaid-assets.ts).
      const { default: mermaid } = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ withBasePath(MERMAID_MODULE))) as typeof import('mermaid');
      if (stopped || current !== round) return;
      // `strict`: labels are text, no click handlers, no script; the fonts are the page's own.
      // Dark: Mermaid lightens the label background by a quarter for edge labels, which from its own grey
      // leaves their text under 4.5:1; from black it is dark enough.
      mermaid.initialize({
        startOnLoad: false,
        securityLevel: 'strict',
        theme: dark ? 'dark' : 'default',
        fontFamily: 'inherit',
        // A diagram it cannot read keeps its source here, with the reason; not Mermaid's error drawing.
        suppressErrorRendering: true,
        ...(dark ? { themeVariables: { labelBackground: '#000000' } } : {}),
      });
      for (const [index, pre] of sources.entries()) {
        const figure = pre.closest('figure');
        if (!figure) continue;
        const source = pre.textContent ?? '';
        try {
          // The drawing's id (its styles are scoped by it) is capitalised: no heading's id, always lowercase, can be it.
          const { svg } = await mermaid.render(`Diagram-${index}-${current}`, source);
          if (stopped || current !== round) return;
          let drawing = figure.querySelector<HTMLElement>(':scope > .diagram-drawing');
          if (!drawing) {
            drawing = document.createElement('div');
            drawing.className = 'diagram-drawing';
            // On a phone a wide diagram scrolls sideways: a box that scrolls is reachable by keyboard.
            drawing.tabIndex = 0;
            drawing.setAttribute('role', 'group');
            drawing.setAttribute('aria-label', 'Diagram');
            figure.prepend(drawing);
          }
          if (pre.parentElement === figure) {
            // The source stays for whoever wants it (and for screen readers, which get little from the SVG).
            const details = document.createElement('details');
            details.className = 'diagram-source';
            const summary = document.createElement('summary');
            summary.textContent = 'Diagram source';
            details.append(summary);
            pre.replaceWith(details);
            details.append(pre);
          }
          // Mermaid's own output, its labels cleaned by its DOMPurify under `strict`.
          drawing.innerHTML = svg;
          // Its drawn width, below which the page does not shrink it (app/markdown.css).
          const width = drawing.querySelector('svg')?.viewBox.baseVal?.width;
          if (width) drawing.style.setProperty('--diagram-width', `${Math.ceil(width)}px`);
        } catch (error) {
          if (figure.querySelector('.diagram-error')) continue;
          const note = document.createElement('figcaption');
          note.className = 'diagram-error';
          note.textContent = `This diagram could not be drawn: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
          figure.append(note);
        }
      }
    };

    void draw();
    const redraw = () => void draw();
    const themeWatch = new MutationObserver(redraw);
    themeWatch.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    // A new body (an edit in `npm run dev`) replaces the container's children; drawing changes only the figures' own.
    const bodyWatch = new MutationObserver(redraw);
    bodyWatch.observe(container, { childList: true });
    const system = matchMedia('(prefers-color-scheme: dark)');
    system.addEventListener('change', redraw);
    return () => {
      stopped = true;
      themeWatch.disconnect();
      bodyWatch.disconnect();
      system.removeEventListener('change', redraw);
    };
  }, [containerId]);
  return null;
}
