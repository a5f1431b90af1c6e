import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { hostileFiles, renderHostile, urlScheme } from '../support/hostile-corpus';

// A real post page, served by `next start` with its real headers and CSP; only its body is swapped.
const POST = '/posts/layer-2-solutions-scaling-the-blockchain';
// A post with a diagram: its page draws the diagrams of whatever body it is given.
const DIAGRAM_POST = '/posts/writing-beyond-plain-markdown';
const realBody = (post: string) =>
  (JSON.parse(fs.readFileSync(`.contentlayer/generated/Post/posts__${post.slice('/posts/'.length)}.md.json`, 'utf8')) as { body: { html: string } }).body.html;
const PNG_1X1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);

declare global {
  interface Window {
    __pwned?: string;
    __cspViolations?: string[];
    __sentinel?: boolean;
  }
}

/** Serves `post` with `bodyHtml` in place of its body, keeping the server's own response headers. */
async function servePostWithBody(page: Page, bodyHtml: string, post = POST) {
  const real = realBody(post);
  await page.route(`**${post}`, async (route) => {
    const response = await route.fetch();
    const html = await response.text();
    // The page embeds the generated body verbatim (dangerouslySetInnerHTML): swap exactly that string.
    const start = html.indexOf(real);
    expect(start > 0, 'found the post body in the page').toBe(true);
    await route.fulfill({ response, body: html.slice(0, start) + bodyHtml + html.slice(start + real.length) });
  });
  // No internet: other origins answer with a blank page, so safe outbound links can be followed.
  await page.route(/^https?:\/\/(?!127\.0\.0\.1[:/]|localhost[:/])/, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<title>elsewhere</title>' }),
  );
  await page.route('**/images/safe.png', (route) => route.fulfill({ status: 200, contentType: 'image/png', body: PNG_1X1 }));
  await page.addInitScript(() => {
    window.__cspViolations = [];
    window.addEventListener('securitypolicyviolation', (event) => window.__cspViolations?.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
}

/** Watches everything that would show a script ran: dialogs and javascript:/data: navigations. */
function watch(page: Page) {
  const seen = { dialogs: [] as string[], navigations: [] as string[] };
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('framenavigated', (frame) => seen.navigations.push(frame.url()));
  return seen;
}

async function settle(page: Page) {
  // A javascript: URL runs as a queued task after the click: give it that turn before looking.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
}

/** Marks the current document, so a javascript: URL that replaced it (its string result) shows. */
async function markDocument(page: Page) {
  await page.evaluate(() => {
    window.__sentinel = true;
  });
}

/** Why the page shows that script ran, or undefined. Call on the post page after markDocument. */
async function scriptRan(page: Page): Promise<string | undefined> {
  // A javascript: URL's string result replaces the document: a navigation that can land while one of
  // these evaluations runs (on a busy machine, after the click's load state). Then look again, at
  // whatever document is there once it has loaded; a replaced one has no sentinel and says so.
  for (let attempt = 1; ; attempt += 1) {
    try {
      await settle(page);
      return await page.evaluate(() => {
        if (window.__pwned !== undefined) return `window.__pwned = ${window.__pwned}`;
        if (!window.__sentinel) return `the document was replaced: ${document.body?.innerText.slice(0, 80)}`;
        if (!document.querySelector('.prose')) return 'the post body is gone';
        return undefined;
      });
    } catch (error) {
      if (attempt === 3 || !String(error).includes('Execution context was destroyed')) throw error;
      await page.waitForLoadState();
    }
  }
}

async function clickEveryLink(page: Page) {
  const links = page.locator('.prose a');
  const count = await links.count();
  for (let index = 0; index < count; index += 1) {
    if (new URL(page.url()).pathname !== POST) await page.goto(POST);
    const link = links.nth(index);
    // A link that leaves the page must be one a browser follows without running anything.
    const href = await link.getAttribute('href');
    expect([undefined, 'http', 'https', 'mailto'], `href ${href}`).toContain(href === null ? undefined : urlScheme(href));
    await markDocument(page);
    await link.click({ force: true });
    await page.waitForLoadState();
    if (new URL(page.url()).pathname === POST) expect(await scriptRan(page), `link ${index + 1} of ${count}`).toBeUndefined();
  }
  return count;
}

test.describe('hostile posts in chromium', () => {
  // Each test first renders its posts in this process through the real pipeline (Shiki, KaTeX):
  // seconds of CPU on a busy machine, and again in every new worker after a failure.
  test.describe.configure({ timeout: 90_000 });

  for (const { name, markdown } of hostileFiles()) {
    test(`${name}: loading it and clicking every link runs nothing`, async ({ page }) => {
      // A page load per link that leaves the page (links.md: 17 s on a quiet machine, 80 s seen
      // while builds share the 2 cores): an honest limit.
      test.setTimeout(120_000);
      const { html } = await renderHostile(markdown, name);
      await servePostWithBody(page, html);
      const seen = watch(page);
      const response = await page.goto(POST);
      expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
      // The hostile body is what the reader sees, after hydration too.
      await page.waitForLoadState('networkidle');
      const parsed = await page.evaluate((markup) => {
        const template = document.createElement('template');
        template.innerHTML = markup;
        return template.innerHTML;
      }, html);
      expect(await page.locator('.prose').innerHTML()).toBe(parsed);
      await markDocument(page);
      expect(await scriptRan(page)).toBeUndefined();

      await clickEveryLink(page); // raw-html.md has none left: its links were raw HTML

      expect(seen.dialogs).toEqual([]);
      expect(seen.navigations.filter((url) => /^(javascript|data|vbscript):/i.test(url))).toEqual([]);
    });
  }

  test('hostile Mermaid diagrams draw without running anything, clicked node by node', async ({ page }) => {
    const diagrams = [
      // Markup in labels, a click callback, a javascript: link on a node.
      ['flowchart LR', `  A["<img src=x onerror=window.__pwned='label'>"] --> B["<a href='javascript:window.__pwned=1'>link</a>"]`, "  click A call alert('callback')", `  click B href "javascript:window.__pwned='href'"`],
      // A directive asking for the loose level, where callbacks and HTML labels would run.
      ['%%{init: {"securityLevel": "loose", "flowchart": {"htmlLabels": true}}}%%', 'flowchart TD', `  C["<script>window.__pwned='script'</script><b onmouseover=alert(2)>bold</b>"] --> D`, "  click C call alert('loose')"],
      ['sequenceDiagram', `  Alice->>Bob: <img src=x onerror="window.__pwned='sequence'">`, '  Note over Alice: <iframe src="javascript:alert(3)"></iframe>'],
    ];
    const { html } = await renderHostile(diagrams.map((lines) => ['```mermaid', ...lines, '```', ''].join('\n')).join('\n'), 'diagrams.md');
    await servePostWithBody(page, html, DIAGRAM_POST);
    const seen = watch(page);
    await page.goto(DIAGRAM_POST);
    const figures = page.locator('.prose figure.diagram');
    await expect(figures).toHaveCount(3);
    // Each one drawn, or its source kept with the reason: nothing left half-done.
    for (let index = 0; index < 3; index += 1) await expect(figures.nth(index).locator(':scope > .diagram-drawing svg, :scope > figcaption')).toHaveCount(1);
    await expect(figures.locator('svg')).not.toHaveCount(0);
    await markDocument(page);
    const targets = page.locator('.prose figure.diagram svg :is(.node, a, .actor, .messageText, .note)');
    const count = await targets.count();
    expect(count).toBeGreaterThan(3);
    for (let index = 0; index < count; index += 1) {
      await targets.nth(index).hover({ force: true });
      await targets.nth(index).click({ force: true });
      expect(await scriptRan(page), `target ${index + 1} of ${count}`).toBeUndefined();
    }
    expect(seen.dialogs).toEqual([]);
    expect(seen.navigations.filter((url) => /^(javascript|data|vbscript):/i.test(url))).toEqual([]);
    expect(await page.locator('.prose figure.diagram :is(script, iframe, img[onerror], [onmouseover])').count()).toBe(0);
  });

  test('safe links and images still work', async ({ page }) => {
    const links = await renderHostile(hostileFiles().find((file) => file.name === 'links.md')!.markdown);
    const images = await renderHostile(hostileFiles().find((file) => file.name === 'images.md')!.markdown);
    await servePostWithBody(page, links.html + images.html);
    await page.goto(POST);
    const prose = page.locator('.prose');
    await expect(prose.getByRole('link', { name: 'site path' })).toHaveAttribute('href', '/tags/plasma');
    await expect(prose.getByRole('link', { name: 'https link' })).toHaveAttribute('href', 'https://example.com/safe');
    await expect(prose.getByRole('link', { name: 'mail' })).toHaveAttribute('href', 'mailto:editor@example.com');
    const local = prose.getByRole('img', { name: 'A safe local image' });
    await expect(local).toHaveAttribute('src', '/images/safe.png');
    await expect.poll(() => local.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1);

    await prose.getByRole('link', { name: 'site path' }).click();
    await expect(page).toHaveURL(/\/tags\/plasma$/);
    await expect(page.locator('h1')).toContainText('Plasma');
  });

  test('the CSP keeps remote images out', async ({ page }) => {
    const images = await renderHostile(hostileFiles().find((file) => file.name === 'images.md')!.markdown);
    await servePostWithBody(page, images.html);
    await page.goto(POST);
    const remote = page.locator('.prose').getByRole('img', { name: 'A safe remote image' });
    await expect.poll(() => page.evaluate(() => window.__cspViolations?.join('\n') ?? '')).toContain('example.com/safe.png');
    expect(await remote.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(0);
  });

  // The control: proves the harness would catch a live script link, and that the CSP alone would not.
  test('an unsanitised javascript: link would run under this CSP, and the harness sees it', async ({ page }) => {
    await servePostWithBody(page, `<p><a href="javascript:window.__pwned='control'">unsanitised</a></p>`);
    await page.goto(POST);
    await markDocument(page);
    expect(await scriptRan(page)).toBeUndefined();
    await page.locator('.prose a').click();
    await page.waitForLoadState();
    expect(await scriptRan(page)).toMatch(/__pwned = control|document was replaced/);
  });
});
