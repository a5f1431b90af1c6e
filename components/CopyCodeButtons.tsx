'use client';

import { useEffect } from 'react';

/**
 * Adds a "Copy" button to each code block of the post body. The blocks are static HTML, so
 * this leaf renders nothing itself: without JavaScript there is simply no button.
 */
export function CopyCodeButtons({ containerId }: { containerId: string }) {
  useEffect(() => {
    const container = document.getElementById(containerId);
    if (!container) return;
    const buttons = [...container.querySelectorAll('pre')].map((pre) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'copy-code';
      button.textContent = 'Copy';
      button.setAttribute('aria-label', 'Copy code to clipboard');
      button.addEventListener('click', () => {
        const code = pre.querySelector('code')?.innerText ?? pre.innerText;
        navigator.clipboard.writeText(code).then(
          () => (button.textContent = 'Copied'),
          () => (button.textContent = 'Copy failed'),
        );
        setTimeout(() => (button.textContent = 'Copy'), 2000);
      });
      // The wrapper keeps the button in place while the code scrolls sideways.
      const wrapper = document.createElement('div');
      wrapper.className = 'code-block';
      pre.replaceWith(wrapper);
      wrapper.append(pre, button);
      return { wrapper, pre };
    });
    return () => buttons.forEach(({ wrapper, pre }) => wrapper.replaceWith(pre));
  }, [containerId]);
  return null;
}
