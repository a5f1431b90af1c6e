import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { siteClientJs } from './bundle-analysis';

export interface Size {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  route: string;
  html: Size;
  /** Every script the page loads in a current browser (`nomodule` polyfills excluded). */
  js: Size;
  /** Client JS beyond the framework runtime, counted by module (bundle-analysis.ts): the site's own code. */
  siteJs: Size;
  /** The modules behind siteJs, largest first. */
  siteModules: { path: string; gzip: number }[];
  css: Size;
  scripts: string[];
  stylesheets: string[];
  /** Fonts the page preloads (self-hosted; a URL outside the site would be a network font). */
  fonts: string[];
}

const ZERO: Size = { raw: 0, gzip: 0 };

export function sizeOf(content: Buffer | string): Size {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  return { raw: bytes.length, gzip: gzipSync(bytes).length };
}

function add(a: Size, b: Size): Size {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip };
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag)?.[1];
}

/** The scripts, stylesheets and preloaded fonts a prerendered HTML page references. */
export function assetsOf(html: string): { scripts: string[]; stylesheets: string[]; fonts: string[] } {
  const scripts = new Set<string>();
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attribute(tag, 'src');
    // Browsers that run modules skip `nomodule` scripts: they are not part of a modern page load.
    if (src && !/\snomodule\b/i.test(tag)) scripts.add(src);
  }
  const stylesheets = new Set<string>();
  const fonts = new Set<string>();
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attribute(tag, 'rel');
    const href = attribute(tag, 'href');
    if (!href) continue;
    if (rel === 'stylesheet') stylesheets.add(href);
    if (rel === 'preload' && attribute(tag, 'as') === 'font') fonts.add(href);
  }
  return { scripts: [...scripts], stylesheets: [...stylesheets], fonts: [...fonts] };
}

function readAsset(nextDir: string, url: string): Buffer {
  const pathname = url.split(/[?#]/)[0] ?? url;
  if (!pathname.startsWith('/_next/static/')) throw new Error(`Not a built asset: ${url}`);
  return fs.readFileSync(path.join(nextDir, pathname.slice('/_next/'.length)));
}

/** Where `next build` leaves the prerendered HTML of a route. */
export function htmlFileOf(nextDir: string, route: string): string {
  return path.join(nextDir, 'server', 'app', route === '/' ? 'index.html' : `${route.replace(/^\//, '')}.html`);
}

/**
 * A page's weight; `pagePattern` names its route file (`/posts/[slug]`) for the bundle analysis,
 * which `next analyze --output` must have written into `nextDir` after the build.
 */
export function measurePage(nextDir: string, route: string, pagePattern: string): PageWeight {
  const html = fs.readFileSync(htmlFileOf(nextDir, route));
  const { scripts, stylesheets, fonts } = assetsOf(html.toString('utf8'));
  const js = scripts.reduce((total, src) => add(total, sizeOf(readAsset(nextDir, src))), ZERO);
  const site = siteClientJs(nextDir, pagePattern);
  const siteModules = site.modules.map(({ path: modulePath, gzip }) => ({ path: modulePath, gzip }));
  // Linked stylesheets plus CSS inlined into the page (`experimental.inlineCss`): the same bytes either way.
  const inline = [...html.toString('utf8').matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => Buffer.from(match[1] ?? ''));
  const css = [...stylesheets.map((href) => readAsset(nextDir, href)), ...inline].reduce((total, bytes) => add(total, sizeOf(bytes)), ZERO);
  return { route, html: sizeOf(html), js, siteJs: site.size, siteModules, css, scripts, stylesheets, fonts };
}
