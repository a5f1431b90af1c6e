import type { Config } from 'tailwindcss';

// Tailwind 4 is configured in CSS; app/globals.css loads this file with `@config`
// for the theme values that are easier to read as data.
const config: Config = {
  content: ['./app/**/*.{ts,tsx}', './components/**/*.{ts,tsx}'],
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
