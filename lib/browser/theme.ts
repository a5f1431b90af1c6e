/** The reader's theme choice: `system` follows the OS; the others set `data-theme` on <html>. */
export type ThemeChoice = 'light' | 'dark' | 'system';

export const THEME_STORAGE_KEY = 'theme';

/**
 * The choice after `current`. From `system` it goes to the appearance the system is not showing,
 * so the first click always changes what the reader sees: system → opposite → same → system.
 */
export function nextTheme(current: ThemeChoice, systemPrefersDark: boolean): ThemeChoice {
  const order: readonly ThemeChoice[] = systemPrefersDark ? ['system', 'light', 'dark'] : ['system', 'dark', 'light'];
  return order[(order.indexOf(current) + 1) % order.length] ?? 'system';
}

export function parseTheme(value: string | null | undefined): ThemeChoice {
  return value === 'light' || value === 'dark' ? value : 'system';
}

/**
 * Runs from <head> before the page is painted, so a saved choice never flashes the other theme.
 * Inline and tiny on purpose: it cannot wait for the framework's scripts. The layout loads it as
 * `<script type="module" async blocking="render">`: a plain inline script after the stylesheets
 * would wait for them and hold the HTML parser, so the page's text would be parsed only once they
 * arrived, in pieces with a style and layout pass between them. An async module does not wait for
 * stylesheets, and `blocking="render"` keeps the first paint until it has run.
 */
export const THEME_SCRIPT = `try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}`;
