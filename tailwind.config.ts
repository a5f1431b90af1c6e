import type { Config } from 'tailwindcss';

// Tailwind 4 is configured in CSS; app/globals.css loads this file with `@config`
// (the post stylesheet references it) for the theme values that are easier
// to read as data. Sources are Tailwind's own detection and each stylesheet's @source rules.
const config: Config = {
  theme: {
    extend: {
      fontFamily: {
        sans: ['var(--font-inter)', 'ui-sans-serif', 'system-ui', '-apple-system', 'Segoe UI', 'Roboto', 'sans-serif'],
      },
      maxWidth: {
        measure: '42rem',
      },
    },
  },
};

export default config;
