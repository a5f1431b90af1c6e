import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Size {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  route: string;
  html: Size;
  /** Every script the page loads in a current browser (`nomodule` polyfills excluded). */
  js: Size;
  /** Scripts beyond the framework runtime (see frameworkRuntime): the site's own client code. */
  siteJs: Size;
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

/**
 * The framework runtime, precisely: the chunks Next lists as `rootMainFiles` in
 * `.next/build-manifest.json` (React, React DOM, the App Router, Turbopack's chunk loader), plus
 * the chunks that define Next's own client components (layout router, error boundaries, `next/link`)
 * and none of the site's, going by the page's client reference manifest. Any other chunk is the site's.
 */
export function frameworkRuntime(nextDir: string, pagePattern: string, scripts: readonly string[]): Set<string> {
  const manifest = JSON.parse(fs.readFileSync(path.join(nextDir, 'build-manifest.json'), 'utf8')) as {
    rootMainFiles?: string[];
  };
  const runtime = new Set((manifest.rootMainFiles ?? []).map((file) => `/_next/${file}`));
  const modules = clientModules(nextDir, pagePattern);
  const nextIds = new Set(modules.filter((entry) => entry.isNext).map((entry) => entry.id));
  const siteIds = new Set(modules.filter((entry) => !entry.isNext).map((entry) => entry.id));
  for (const src of scripts) {
    if (runtime.has(src)) continue;
    const defined = definedModuleIds(readAsset(nextDir, src).toString('utf8'));
    if (defined.some((id) => nextIds.has(id)) && !defined.some((id) => siteIds.has(id))) runtime.add(src);
  }
  return runtime;
}

/** Module ids a Turbopack chunk defines: `push([script, 22016, (e,t,r)=>{…}, 39756, e=>{…}])`. */
export function definedModuleIds(chunk: string): number[] {
  return [...chunk.matchAll(/[[,](\d+),(?=\(|[A-Za-z_$][\w$]*=>|function\b)/g)].map((match) => Number(match[1]));
}

/** Client entry modules of a page, from Next's client reference manifest. */
export function clientModules(nextDir: string, pagePattern: string): { path: string; id: number; isNext: boolean }[] {
  const file = path.join(nextDir, 'server', 'app', pagePattern.replace(/^\//, ''), 'page_client-reference-manifest.js');
  // The file assigns one JSON object to a global: read the JSON rather than run the code.
  const json = /=\s*(\{[\s\S]*\})\s*;?\s*$/.exec(fs.readFileSync(file, 'utf8'))?.[1];
  if (!json) throw new Error(`Unexpected client reference manifest: ${file}`);
  const manifest = JSON.parse(json) as { clientModules?: Record<string, { id: number | string }> };
  return Object.entries(manifest.clientModules ?? {}).map(([modulePath, entry]) => ({
    path: modulePath,
    id: Number(entry.id),
    isNext: modulePath.startsWith('[project]/node_modules/next/'),
  }));
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

/** A page's weight; `pagePattern` names its route file (`/posts/[slug]`) for the client manifest. */
export function measurePage(nextDir: string, route: string, pagePattern: string): PageWeight {
  const html = fs.readFileSync(htmlFileOf(nextDir, route));
  const { scripts, stylesheets, fonts } = assetsOf(html.toString('utf8'));
  const runtime = frameworkRuntime(nextDir, pagePattern, scripts);
  let js = ZERO;
  let siteJs = ZERO;
  for (const src of scripts) {
    const size = sizeOf(readAsset(nextDir, src));
    js = add(js, size);
    if (!runtime.has(src)) siteJs = add(siteJs, size);
  }
  const css = stylesheets.reduce((total, href) => add(total, sizeOf(readAsset(nextDir, href))), ZERO);
  return { route, html: sizeOf(html), js, siteJs, css, scripts, stylesheets, fonts };
}
