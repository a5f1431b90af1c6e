'use client';

import { useEffect } from 'react';

/**
 * Adds a "Copy" button to each code block of the post body. The blocks are static HTML, each in a
 * positioned box of its own (lib/markdown/highlight.ts), so this leaf renders nothing itself and
 * only appends the buttons: without JavaScript there is simply no button.
 */
export function CopyCodeButtons({ containerId }: { containerId: string }) {
  useEffect(() => {
    const container = document.getElementById(containerId);
    if (!container) return;
    // Only the boxes the pipeline puts around a highlighted block: an author's own HTML may carry the class.
    const buttons = [...container.querySelectorAll('.code-block:has(> pre > code)')].map((block) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'copy-code';
      button.textContent = 'Copy';
      button.setAttribute('aria-label', 'Copy code to clipboard');
      button.addEventListener('click', () => {
        navigator.clipboard.writeText(block.querySelector<HTMLElement>('code')?.innerText ?? '').then(
          () => (button.textContent = 'Copied'),
          () => (button.textContent = 'Copy failed'),
        );
        setTimeout(() => (button.textContent = 'Copy'), 2000);
      });
      block.append(button);
      return button;
    });
    return () => buttons.forEach((button) => button.remove());
  }, [containerId]);
  return null;
}
