'use client';

import { useSyncExternalStore } from 'react';
import { nextTheme, parseTheme, THEME_STORAGE_KEY, type ThemeChoice } from '@/lib/browser/theme';

const CHANGE = 'theme:change';

function subscribe(onChange: () => void) {
  window.addEventListener(CHANGE, onChange);
  window.addEventListener('storage', onChange);
  return () => {
    window.removeEventListener(CHANGE, onChange);
    window.removeEventListener('storage', onChange);
  };
}

function readChoice(): ThemeChoice {
  try {
    return parseTheme(localStorage.getItem(THEME_STORAGE_KEY));
  } catch {
    return 'system';
  }
}

function apply(choice: ThemeChoice) {
  try {
    if (choice === 'system') localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Private modes may refuse storage: the choice still applies to this page.
  }
  if (choice === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = choice;
  window.dispatchEvent(new Event(CHANGE));
}

const ICONS: Record<ThemeChoice, string> = { light: '☀', dark: '☾', system: '◐' };

/** Cycles light → dark → system. The initial theme is applied by the <head> script, not here. */
export function ThemeToggle() {
  // null in the prerendered HTML: the saved choice is only known in the browser.
  const choice = useSyncExternalStore<ThemeChoice | null>(subscribe, readChoice, () => null);
  const shown = choice ?? 'system';
  const upcoming = nextTheme(shown);
  return (
    <button
      type="button"
      onClick={() => apply(upcoming)}
      aria-label={`Theme: ${shown}. Switch to ${upcoming} theme`}
      title={`Theme: ${shown} (switch to ${upcoming})`}
      data-theme-choice={choice ?? undefined}
      className="inline-flex h-8 w-8 items-center justify-center rounded-full border border-stone-300 text-base text-stone-700 hover:border-teal-700 hover:text-teal-800 dark:border-stone-600 dark:text-stone-300 dark:hover:border-teal-300 dark:hover:text-teal-200"
    >
      <span aria-hidden="true">{ICONS[shown]}</span>
    </button>
  );
}
