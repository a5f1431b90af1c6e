import fs from 'node:fs';
import path from 'node:path';
import type { Size } from './page-weight';

/**
 * Module-level attribution of a page's client JS, read from Next's own bundle analyzer
 * (`next analyze --output`, Turbopack). A chunk often mixes framework modules with the site's
 * (Turbopack put `next/link` and the theme toggle in one), so counting whole chunks overstates
 * what the site adds; the analyzer lists every module's share of every output file.
 */

/** One source file's share of the client JS a route loads. */
export interface ClientModule {
  path: string;
  raw: number;
  /** The analyzer compresses each module on its own: a little more than its share of a gzipped chunk. */
  gzip: number;
  framework: boolean;
}

interface AnalyzeData {
  schema_version: number;
  sources: { parent_source_index?: number | null; path: string }[];
  chunk_parts: { source_index: number; output_file_index: number; size: number; compressed_size: number }[];
  output_files: { filename: string }[];
}

/** Next, React (compiled into next), Turbopack's runtime and their helpers: what every page loads anyway. */
const FRAMEWORK = /^\[turbopack\]\/|^\[next\]\/|^\[project\]\/node_modules\/(?:next|react|react-dom|scheduler|@swc\/helpers|@next\/[^/]+)\//;
const CLIENT_JS = /^\[client-fs\]\/_next\/static\/chunks\/.+\.js$/;

export function isFrameworkModule(sourcePath: string): boolean {
  return FRAMEWORK.test(sourcePath);
}

/** The file `next analyze --output` writes for a route pattern (`/` → data/analyze.data). */
export function analysisFileOf(nextDir: string, pagePattern: string): string {
  return path.join(nextDir, 'diagnostics', 'analyze', 'data', pagePattern.replace(/^\/+/, ''), 'analyze.data');
}

/** An analyze.data file: a 4-byte big-endian length, that many bytes of JSON, then binary indexes we don't need. */
export function parseAnalysis(bytes: Buffer): AnalyzeData {
  if (bytes.length < 4) throw new Error('analyze.data is empty');
  const length = bytes.readUInt32BE(0);
  const data = JSON.parse(bytes.subarray(4, 4 + length).toString('utf8')) as AnalyzeData;
  // The format is Next's own and young: refuse a version we have not read rather than misreport.
  if (data.schema_version !== 1) throw new Error(`Unknown analyze.data schema version ${String(data.schema_version)}`);
  return data;
}

function sourcePath(data: AnalyzeData, index: number): string {
  const parts: string[] = [];
  for (let source = data.sources[index]; source !== undefined; ) {
    parts.unshift(source.path);
    const parent = source.parent_source_index;
    source = parent === null || parent === undefined || parts.length > 256 ? undefined : data.sources[parent];
  }
  return parts.join('');
}

/** Every source module in the route's client JS chunks, largest first. */
export function clientModulesOf(data: AnalyzeData): ClientModule[] {
  const bySource = new Map<string, ClientModule>();
  for (const part of data.chunk_parts) {
    const file = data.output_files[part.output_file_index]?.filename ?? '';
    if (!CLIENT_JS.test(file)) continue;
    const modulePath = sourcePath(data, part.source_index);
    const entry = bySource.get(modulePath) ?? { path: modulePath, raw: 0, gzip: 0, framework: isFrameworkModule(modulePath) };
    entry.raw += part.size;
    entry.gzip += part.compressed_size;
    bySource.set(modulePath, entry);
  }
  return [...bySource.values()].sort((a, b) => b.gzip - a.gzip);
}

/** The site's own client JS on a route (its components and any package they pull in), by module. */
export function siteClientJs(nextDir: string, pagePattern: string): { size: Size; modules: ClientModule[] } {
  const file = analysisFileOf(nextDir, pagePattern);
  if (!fs.existsSync(file)) throw new Error(`No bundle analysis for ${pagePattern} at ${file} (run next analyze --output)`);
  const modules = clientModulesOf(parseAnalysis(fs.readFileSync(file))).filter((entry) => !entry.framework);
  const size = modules.reduce((total, entry) => ({ raw: total.raw + entry.raw, gzip: total.gzip + entry.gzip }), { raw: 0, gzip: 0 });
  return { size, modules };
}
