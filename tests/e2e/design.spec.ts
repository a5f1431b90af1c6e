import { expect, test, type Page } from '@playwright/test';
import { holdWebFonts, layoutShiftSoFar, recordLayoutShift } from '../../scripts/bench/layout-shift';
import { paletteColours } from '../support/palette';

// The reader-facing polish of issue 17: typography, labels, navigation, footer, the archive filter,
// search results, excerpts, placeholders and icons, checked as a reader sees them in Chromium.
const SCALING = '/posts/layer-2-solutions-scaling-the-blockchain';
const UNLOCKING = '/posts/layer-2-solutions-unlocking-the-potential-of-blockchain-scalability';
const PHONE = { width: 390, height: 844 };

// Several pages per test on a shared, busy machine.
test.describe.configure({ timeout: 90_000 });
// Client code (the filter, the search) hydrates late under load: wait for it honestly.
const hydrated = { timeout: 30_000 };

test.describe('typography', () => {
  test('inline code is set in a tinted box of its own, without literal backticks', async ({ page }) => {
    await page.goto(SCALING);
    // The seeds have no inline code: the same markup the pipeline writes, added to the post body.
    const style = await page.locator('#post-body').evaluate((body) => {
      const paragraph = document.createElement('p');
      paragraph.innerHTML = 'Call <code>settle()</code> once.';
      body.append(paragraph);
      const code = paragraph.querySelector('code') as HTMLElement;
      const pre = document.createElement('pre');
      pre.innerHTML = '<code>block()</code>';
      body.append(pre);
      return {
        before: getComputedStyle(code, '::before').content,
        after: getComputedStyle(code, '::after').content,
        background: getComputedStyle(code).backgroundColor,
        radius: getComputedStyle(code).borderTopLeftRadius,
        blockBefore: getComputedStyle(pre.querySelector('code') as HTMLElement, '::before').content,
      };
    });
    expect(style.before).toBe('none');
    expect(style.after).toBe('none');
    expect(style.background).not.toMatch(/^rgba\(0, 0, 0, 0\)$|^transparent$/);
    expect(parseFloat(style.radius)).toBeGreaterThan(0);
    expect(style.blockBefore).toBe('none');
  });

  test('a blockquote shows only the quote marks its author wrote', async ({ page }) => {
    await page.goto(UNLOCKING);
    const quote = page.locator('#post-body blockquote p').first();
    await expect(quote).toContainText('"The future of blockchain');
    expect(await quote.evaluate((p) => getComputedStyle(p, '::before').content)).toBe('none');
    expect(await quote.evaluate((p) => getComputedStyle(p, '::after').content)).toBe('none');
    expect(await quote.evaluate((p) => getComputedStyle(p.parentElement as HTMLElement).fontStyle)).toBe('normal');
  });

  test('body lines hold about 65–75 characters, and the contents column keeps clear of the window edge', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(SCALING);
    const measure = await page.locator('#post-body > p').first().evaluate((p) => {
      const canvas = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
      const style = getComputedStyle(p);
      canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const text = p.textContent ?? '';
      return p.clientWidth / (canvas.measureText(text).width / text.length);
    });
    expect(measure).toBeGreaterThan(60);
    expect(measure).toBeLessThan(80);
    const toc = page.locator('aside nav[aria-label="Table of contents"]');
    await expect(toc).toBeVisible();
    const box = await toc.boundingBox();
    const width = await page.evaluate(() => document.documentElement.clientWidth);
    expect(width - ((box?.x ?? 0) + (box?.width ?? 0))).toBeGreaterThanOrEqual(24);
  });

  test('only a post page loads the typography stylesheet, and it sets the post in the site’s type, light and dark', async ({ page }) => {
    const proseRules = () =>
      page.evaluate(() =>
        [...document.styleSheets].flatMap((sheet) => {
          const walk = (rules: CSSRuleList): string[] =>
            [...rules].flatMap((rule) => ('cssRules' in rule ? walk((rule as CSSGroupingRule).cssRules) : []).concat(rule instanceof CSSStyleRule && rule.selectorText.includes('.prose') ? [rule.selectorText] : []));
          return walk(sheet.cssRules);
        }).length,
      );
    for (const path of ['/', '/tags/plasma', '/archive']) {
      await page.goto(path);
      expect(await proseRules(), `${path} downloads no typography rules`).toBe(0);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(SCALING);
    expect(await proseRules()).toBeGreaterThan(50);
    // The post stylesheet declares no theme values (@reference in post.css): every one it reads
    // must come from the site's stylesheet, or a colour would silently be missing.
    const unresolved = await page.evaluate(() => {
      const post = [...document.styleSheets].find((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.includes('.prose')));
      const text = [...(post?.cssRules ?? [])].map((rule) => rule.cssText).join('\n');
      const names = new Set([...text.matchAll(/var\((--(?:color|font|text|spacing|radius|leading|tracking|default|container)[\w-]*)/g)].map((match) => match[1] ?? ''));
      const root = getComputedStyle(document.documentElement);
      return { read: names.size, unresolved: [...names].filter((name) => root.getPropertyValue(name).trim() === '') };
    });
    expect(unresolved.read).toBeGreaterThan(10);
    expect(unresolved.unresolved).toEqual([]);
    const paragraph = page.locator('#post-body > p').first();
    const look = () =>
      paragraph.evaluate((p) => {
        const style = getComputedStyle(p);
        // The colour as sRGB channels (the theme's colours are oklch()).
        const canvas = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
        canvas.fillStyle = style.color;
        canvas.fillRect(0, 0, 1, 1);
        const [red = 0, green = 0, blue = 0] = canvas.getImageData(0, 0, 1, 1).data;
        return { size: style.fontSize, family: style.fontFamily, color: [red, green, blue], margin: parseFloat(style.marginBottom) };
      });
    const light = await look();
    // The larger type from 640 px, the site's font (not the theme's default), the plugin's margins.
    expect(light.size).toBe('18px');
    expect(light.family).toMatch(/inter/i);
    expect(light.margin).toBeGreaterThan(10);
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    const dark = await look();
    // Dark text on the light page, light text on the dark one: the post stylesheet knows the site's dark variant.
    expect(Math.max(...light.color)).toBeLessThan(110);
    expect(Math.min(...dark.color)).toBeGreaterThan(150);
    await page.setViewportSize(PHONE);
    expect((await look()).size).toBe('16px');
  });

  test('a heading’s trailing emoji never wraps alone in the contents', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(UNLOCKING);
    const entries = page.locator('aside nav[aria-label="Table of contents"] a');
    const texts = await entries.allTextContents();
    const withEmoji = texts.filter((text) => /\p{Extended_Pictographic}$/u.test(text));
    expect(withEmoji.length).toBeGreaterThan(0);
    for (const text of withEmoji) expect(text).toMatch(/\S\u00a0\p{Extended_Pictographic}/u);
  });

  test('until the web font arrives, text is set in a fallback of its size, so the swap moves nothing', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await recordLayoutShift(page);
    // The pages whose cards and lists moved most when the font replaced a system face.
    for (const path of ['/', '/archive', '/tags/blockchain']) {
      const release = await holdWebFonts(page);
      // Not 'load': the font is preloaded, and the load event waits for it.
      await page.goto(path, { waitUntil: 'domcontentloaded' });
      await expect(page.locator('h1')).toBeVisible();
      const faces = () => page.evaluate(() => [...document.fonts].map((face) => `${face.family}: ${face.status}`));
      // Shown meanwhile in one of the faces scaled to Inter (the machine has Arial or a metric twin).
      await expect.poll(faces).toContain('Inter Fallback: Arial: loaded');
      expect(await faces(), path).not.toContain('inter: loaded');
      release();
      await expect.poll(faces).toContain('inter: loaded');
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      // Text in a wider system face moved whole cards here (0.05 to 0.13).
      expect(await layoutShiftSoFar(page), path).toBeLessThan(0.01);
      await page.unrouteAll();
    }
  });
});

test.describe('tags', () => {
  test('a tag has one label everywhere, in one case style on every card', async ({ page }) => {
    await page.goto('/');
    const labels = await page.locator('article[data-post] ul[aria-label^="Tags of"] a').allTextContents();
    expect(labels).toContain('Layer 2 Solutions');
    expect(labels).toContain('Blockchain Scalability');
    expect(labels).toContain('Plasma');
    // Every word that is not a short joining word starts with a capital.
    for (const label of labels) for (const word of label.split(' ')) expect(word, label).toMatch(/^(?:\P{Ll}|of|and|the|to|in|on|for|a|an|or|by|at|as|vs|via)/u);
    await page.goto('/tags');
    await expect(page.locator('#main').getByRole('link', { name: /^Layer 2 Solutions/ })).toHaveAttribute('href', '/tags/layer-2-solutions');
    await page.goto(SCALING);
    await expect(page.locator('article header').getByRole('link', { name: 'Layer 2 Solutions' })).toBeVisible();
  });
});

test.describe('navigation', () => {
  test('the current section is marked with aria-current', async ({ page }) => {
    const nav = page.getByRole('navigation', { name: 'Main' });
    const current = async () => nav.locator('[aria-current]').evaluateAll((links) => links.map((link) => [link.textContent, link.getAttribute('aria-current')]));
    await page.goto('/');
    expect(await current()).toEqual([['Posts', 'page']]);
    await page.goto(SCALING);
    expect(await current()).toEqual([['Posts', 'true']]);
    await page.goto('/tags/plasma');
    expect(await current()).toEqual([['Tags', 'true']]);
    await page.goto('/archive');
    expect(await current()).toEqual([['Archive', 'page']]);
    await page.goto('/search');
    expect(await current()).toEqual([['Search', 'page']]);
  });

  test('touch targets in the header and footer are at least 44 px tall on a phone', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto('/');
    const targets = page.locator('header a, header button, header input, footer a');
    const count = await targets.count();
    expect(count).toBeGreaterThan(6);
    for (let index = 0; index < count; index++) {
      const target = targets.nth(index);
      if (!(await target.isVisible())) continue;
      const box = await target.boundingBox();
      expect(box?.height ?? 0, (await target.textContent()) ?? '').toBeGreaterThanOrEqual(44);
    }
  });

  test('the theme button’s first click from “system” always changes what is shown', async ({ page }) => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/');
      await page.evaluate(() => localStorage.clear());
      await page.reload();
      const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const before = await background();
      await page.getByRole('button', { name: /theme/i }).click();
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme === 'light' ? 'dark' : 'light');
      expect(await background()).not.toBe(before);
    }
  });

  test('colours follow the theme by role: the system’s dark, a chosen dark, and a chosen light over a dark system', async ({ page }) => {
    // Each element against the palette shade it should show (light, dark): the colour roles of
    // app/theme.css, light and dark.
    const expected = [
      ['body', 'backgroundColor', 'stone-50', 'stone-900'],
      ['body', 'color', 'stone-900', 'stone-100'],
      ['.post-card-title', 'color', 'stone-900', 'stone-50'],
      ['.post-meta', 'color', 'stone-600', 'stone-400'],
      ['.tag-chip', 'borderTopColor', 'stone-300', 'stone-600'],
      ['.post-card + .post-card', 'borderTopColor', 'stone-200', 'stone-800'],
      ['.footer-link', 'color', 'stone-700', 'stone-300'],
    ] as const;
    const look = async () => {
      const values = await page.evaluate(
        (rows) =>
          rows.map(([selector, property]) => {
            const element = document.querySelector(selector);
            return element ? getComputedStyle(element)[property] : 'missing';
          }),
        expected,
      );
      return expected.map(([selector, property, light, dark], index) => {
        const value = values[index];
        return value === shades[light] ? 'light' : value === shades[dark] ? 'dark' : `${selector} ${property}: ${value}`;
      });
    };
    const all = (mode: string) => expected.map(() => mode);

    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    // The palette's shades are the same in either mode; only the roles change.
    const shades = await paletteColours(page, expected.flatMap(([, , light, dark]) => [light, dark]));
    expect(await look()).toEqual(all('dark'));
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'light'));
    expect(await look()).toEqual(all('light'));
    await page.emulateMedia({ colorScheme: 'light' });
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    expect(await look()).toEqual(all('dark'));
    await page.evaluate(() => document.documentElement.removeAttribute('data-theme'));
    expect(await look()).toEqual(all('light'));
  });

  test('the footer links the archive, the tags and the feeds, and does not repeat the description', async ({ page, request }) => {
    await page.goto(SCALING);
    const footer = page.locator('body > footer');
    const links = await footer.getByRole('link').evaluateAll((all) => all.map((link) => [link.textContent, link.getAttribute('href')]));
    expect(links).toEqual([
      ['Archive', '/archive'],
      ['Tags', '/tags'],
      ['RSS', '/feed.xml'],
      ['Atom', '/atom.xml'],
      ['JSON Feed', '/feed.json'],
    ]);
    for (const [, href] of links) expect((await request.get(href ?? '')).status()).toBe(200);
    await expect(footer).not.toContainText('Plain-spoken notes');
  });

  test('the 404 page speaks to readers, not developers', async ({ page }) => {
    await page.goto('/tags/no-such-tag-at-all');
    await expect(page.locator('h1')).toHaveText('This page does not exist');
    await expect(page.locator('#main')).not.toContainText(/lowercase|hyphens/);
  });
});

test.describe('lists', () => {
  test('excerpts open with substance and stop at the end of a sentence', async ({ page }) => {
    await page.goto('/');
    const excerpts = await page.locator('article[data-post] > p.post-card-summary').allTextContents();
    expect(excerpts).toHaveLength(6);
    for (const excerpt of excerpts) {
      expect(excerpt).not.toMatch(/^(hello|hi|hey|dear|greetings)\b/i);
      expect(excerpt).toMatch(/[.!?…。！？]["”’)]?(?:\s*\p{Extended_Pictographic}\uFE0F?)*$/u);
    }
  });

  test('related posts never repeat the previous or next post', async ({ page }) => {
    await page.goto(SCALING);
    const neighbours = await page.getByRole('navigation', { name: 'Previous and next posts' }).getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(neighbours.length).toBeGreaterThan(0);
    const related = await page.locator('section[aria-labelledby="related-heading"] a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    for (const href of related) expect(neighbours).not.toContain(href);
  });

  test('[Your Name] is published as the author, not as template text', async ({ page }) => {
    await page.goto(UNLOCKING);
    await expect(page.locator('#post-body')).not.toContainText('[Your Name]');
    await expect(page.locator('#post-body blockquote')).toContainText('- Ledger Notes editors, Blockchain and Digital Assets Strategist');
  });

  test('the illustration opens full size on a tap from a phone', async ({ page, request }) => {
    await page.setViewportSize(PHONE);
    await page.goto(SCALING);
    const link = page.locator('figure.illustration a');
    await expect(link).toHaveAttribute('href', /^\/illustrations\/.+\.svg$/);
    await expect(page.locator('figure.illustration figcaption')).toBeVisible();
    expect((await request.get((await link.getAttribute('href')) ?? '')).status()).toBe(200);
  });
});

test.describe('archive filter', () => {
  async function headingLine(page: Page): Promise<string> {
    return (await page.locator('h1 + div').textContent()) ?? '';
  }

  test('the heading counts what is shown, and the year and month groups stay while filtering', async ({ page }) => {
    await page.goto('/archive');
    expect(await headingLine(page)).toMatch(/^6 posts/);
    await page.goto('/archive?tags=plasma');
    const filtered = page.getByRole('region', { name: 'Filtered posts' });
    await expect(filtered.getByRole('link')).toHaveCount(1, hydrated);
    await expect(page.locator('h1 + div')).toHaveText(/^1 post tagged Plasma/);
    await expect(filtered.getByRole('heading', { level: 2 })).toHaveText(['2024 (1 post)']);
    await expect(filtered.getByRole('heading', { level: 3 })).toHaveText(['May (1 post)']);
  });

  test('an unknown tag in ?tags= is named, not silently ignored', async ({ page }) => {
    await page.goto('/archive?tags=plasma,no-such-tag');
    await expect(page.getByRole('status')).toContainText('There is no tag “no-such-tag”', hydrated);
    await expect(page.getByRole('region', { name: 'Filtered posts' }).getByRole('link')).toHaveCount(1);
    await page.goto('/archive?tags=nothing-here');
    await expect(page.getByRole('status')).toContainText('There is no tag “nothing-here”', hydrated);
  });
});

test.describe('search page', () => {
  test('one search box, and results set like the other lists: date, title, excerpt with ellipses, tags', async ({ page }) => {
    await page.goto('/search?q=plasma');
    await expect(page.getByRole('searchbox', { name: 'Search posts' })).toHaveCount(1);
    await expect(page.getByRole('searchbox', { name: 'Search posts' })).toHaveValue('plasma');
    const list = page.getByRole('list', { name: 'Search results' });
    // The index loads on the first search: slow on a busy machine.
    await expect(list).toBeVisible({ timeout: 60_000 });
    const result = list.locator(':scope > li').first();
    await expect(result.locator('time')).toHaveAttribute('datetime', /^2024-/);
    await expect(result.locator('time')).toHaveText(/2024/);
    await expect(result.getByRole('heading', { level: 3 })).toBeVisible();
    await expect(result.getByRole('list', { name: /^Tags of/ }).getByRole('link', { name: 'Plasma' })).toHaveAttribute('href', '/tags/plasma');
    await expect(result.locator('p').first()).toHaveText(/^… .*|.* …$/);
    await expect(page.locator('h2[role="status"]')).toHaveCount(0);
  });

  test('an excerpt reads as the post does: no heading anchor’s `#`, no diagram source', async ({ page }) => {
    await page.goto('/search?q=diagram');
    const list = page.getByRole('list', { name: 'Search results' });
    await expect(list).toBeVisible({ timeout: 60_000 });
    const excerpt = list.locator(':scope > li', { hasText: 'Writing Beyond Plain Markdown' }).locator('p').first();
    await expect(excerpt).toContainText('Diagrams. A diagram written in Mermaid');
    await expect(excerpt).not.toContainText('#');
    // The diagram's source is syntax, not words of the post: left out of the index.
    await page.goto('/search?q=flowchart');
    await expect(page.getByRole('status')).toContainText('No posts match “flowchart”', { timeout: 60_000 });
  });
});

test.describe('icons', () => {
  test('a favicon and app icons are served and linked', async ({ page, request }) => {
    await page.goto('/');
    for (const path of ['/favicon.ico', '/icon.svg', '/apple-icon.png']) expect((await request.get(path)).status(), path).toBe(200);
    await expect(page.locator('link[rel="icon"][type="image/svg+xml"]')).toHaveCount(1);
    await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveCount(1);
    const svg = await (await request.get('/icon.svg')).text();
    expect(svg).toContain('prefers-color-scheme: dark');
  });

  test('arrows and theme symbols are drawn icons the size of their text, and the theme icon follows the choice', async ({ page }) => {
    await page.goto(SCALING);
    const postNav = page.getByRole('navigation', { name: 'Previous and next posts' });
    const link = postNav.getByRole('link', { name: /Previous post|Next post/ }).first();
    await expect(link).toBeVisible();
    // No arrow characters (the font lacks them); an icon as tall as the label's text instead.
    expect(await postNav.innerText()).not.toMatch(/[←→]/);
    const sizes = await link.locator('svg.icon').first().evaluate((icon) => {
      const box = icon.getBoundingClientRect();
      return { width: box.width, height: box.height, fontSize: parseFloat(getComputedStyle(icon).fontSize) };
    });
    expect(sizes.height).toBeCloseTo(sizes.fontSize, 0);
    expect(sizes.width).toBeCloseTo(sizes.fontSize, 0);

    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    const button = page.getByRole('button', { name: /theme/i });
    await expect(button).toHaveAccessibleName(/Theme: system/, hydrated);
    expect(await button.innerText()).toBe('');
    const drawing = () => button.locator('svg').innerHTML();
    const system = await drawing();
    await button.click();
    await expect(button).toHaveAccessibleName(/Theme: dark/);
    expect(await drawing()).not.toBe(system);
  });
});
