'use client';

import { useSyncExternalStore } from 'react';
import { nextTheme, parseTheme, THEME_STORAGE_KEY, type ThemeChoice } from '@/lib/browser/theme';
import { Icon, type IconName } from './Icons';

const CHANGE = 'theme:change';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void) {
  const system = window.matchMedia(DARK_QUERY);
  window.addEventListener(CHANGE, onChange);
  window.addEventListener('storage', onChange);
  system.addEventListener('change', onChange);
  return () => {
    window.removeEventListener(CHANGE, onChange);
    window.removeEventListener('storage', onChange);
    system.removeEventListener('change', onChange);
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

const ICONS: Record<ThemeChoice, IconName> = { light: 'sun', dark: 'moon', system: 'system' };

/** Cycles through the three choices, first to the one that changes what is shown (lib/theme.ts). The initial theme is applied by the <head> script, not here. */
export function ThemeToggle() {
  // null in the prerendered HTML: the saved choice is only known in the browser.
  const choice = useSyncExternalStore<ThemeChoice | null>(subscribe, readChoice, () => null);
  const systemDark = useSyncExternalStore(subscribe, () => window.matchMedia(DARK_QUERY).matches, () => false);
  const shown = choice ?? 'system';
  const upcoming = nextTheme(shown, systemDark);
  return (
    <button
      type="button"
      onClick={() => apply(upcoming)}
      aria-label={`Theme: ${shown}. Switch to ${upcoming} theme`}
      title={`Theme: ${shown} (switch to ${upcoming})`}
      data-theme-choice={choice ?? undefined}
      className="group inline-flex h-11 w-11 items-center justify-center rounded-full text-base text-soft hover:text-accent"
    >
      {/* A 32 px circle inside a 44 px touch target. */}
      <span
        aria-hidden="true"
        className="inline-flex h-8 w-8 items-center justify-center rounded-full border border-control group-hover:border-accent-line"
      >
        <Icon name={ICONS[shown]} />
      </span>
    </button>
  );
}
