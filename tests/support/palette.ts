import type { Page } from '@playwright/test';

/**
 * Each Tailwind palette shade (`stone-600`, `teal-300`) as the page's browser computes it, to compare
 * with an element's computed colour: the shades are oklch() variables of the site's stylesheet, so
 * only the browser can say which colour string a role resolves to.
 */
export function paletteColours(page: Page, shades: readonly string[]): Promise<Record<string, string>> {
  return page.evaluate((names) => {
    const probe = document.createElement('span');
    document.body.append(probe);
    const colours = Object.fromEntries(
      names.map((name) => {
        probe.style.color = `var(--color-${name})`;
        return [name, getComputedStyle(probe).color];
      }),
    );
    probe.remove();
    return colours;
  }, shades);
}
