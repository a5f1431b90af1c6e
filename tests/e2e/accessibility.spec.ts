import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { paletteColours } from '../support/palette';

const PAGES = [
  ['home', '/'],
  ['post', '/posts/layer-2-solutions-scaling-the-blockchain'],
  // Math, code titles, callouts, details, a diagram and footnotes; and the MDX components.
  ['Markdown showcase post', '/posts/writing-beyond-plain-markdown'],
  ['MDX post', '/posts/components-in-mdx'],
  // Images, and the first part of a series: its other parts are links on consecutive lines.
  ['post with pictures', '/posts/rollups-in-pictures'],
  ['tag index', '/tags'],
  ['tag page', '/tags/layer-2-solutions'],
  ['archive', '/archive'],
  ['404 page', '/posts/no-such-post'],
] as const;

test.describe('axe', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const [name, path] of PAGES) {
      test(`${name} in ${colorScheme} mode has no violations`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        await page.waitForLoadState('networkidle');
        // A diagram is drawn after the page loads: audited once it is there, in every one drawn.
        const diagrams = page.locator('#post-body figure.diagram');
        await expect(diagrams.locator('svg')).toHaveCount(await diagrams.count());
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
        const violations = results.violations.map(
          (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
        );
        expect(violations).toEqual([]);
      });
    }
  }
});

test.describe('keyboard', () => {
  test('the first Tab shows a skip link that moves past the header', async ({ page }) => {
    await page.goto('/tags');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    const box = await skip.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(40);
    expect(box?.height ?? 0).toBeGreaterThan(16);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    // The next stop is inside <main>, not the header navigation.
    const inMain = await page.evaluate(() => document.activeElement?.closest('main') !== null);
    expect(inMain).toBe(true);
  });

  test('Tab follows the reading order: skip link, site name, navigation, search and theme, then the content', async ({ page }) => {
    await page.goto('/');
    const stops: string[] = [];
    for (let index = 0; index < 12; index += 1) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.closest('main') !== null)) break;
      stops.push(
        await page.evaluate(() => {
          const element = document.activeElement as HTMLInputElement | null;
          const label = element?.labels?.[0]?.textContent ?? element?.getAttribute('aria-label');
          return (label ?? element?.innerText ?? '').trim();
        }),
      );
    }
    expect(stops.slice(0, 5)).toEqual(['Skip to content', 'Ledger Notes', 'Posts', 'Tags', 'Archive']);
    // Then the header's own controls, and nothing else, before the content.
    expect(stops.slice(5).some((stop) => /search/i.test(stop))).toBe(true);
    expect(stops.at(-1)).toMatch(/theme/i);
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`focus is visible on links in ${colorScheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('/');
      for (let index = 0; index < 3; index += 1) await page.keyboard.press('Tab');
      const focused = page.locator(':focus');
      await expect(focused).toHaveText('Posts');
      const outline = await focused.evaluate((element) => {
        const style = getComputedStyle(element);
        return { style: style.outlineStyle, width: Number.parseFloat(style.outlineWidth), color: style.outlineColor };
      });
      expect(outline.style).not.toBe('none');
      expect(outline.width).toBeGreaterThanOrEqual(2);
      expect(outline.color).not.toMatch(/rgba\(.*, 0\)$|transparent/);
      // The ring is this mode's shade of the focus colour role (app/theme.css).
      const shade = colorScheme === 'light' ? 'teal-600' : 'teal-300';
      expect(outline.color).toBe((await paletteColours(page, [shade]))[shade]);
    });
  }
});
