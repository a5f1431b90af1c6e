import type { Config } from 'tailwindcss';
import plugin from 'tailwindcss/plugin';
import { fallbackFamilies, fallbackFontFaces } from './lib/site/font-fallbacks';

// Tailwind 4 is configured in CSS; app/theme.css loads this file with `@config` for the theme values
// that are easier to read as data. Each stylesheet names its sources with @source rules.
const config: Config = {
  theme: {
    extend: {
      fontFamily: {
        sans: ['var(--font-inter)', ...fallbackFamilies, 'ui-sans-serif', 'system-ui', '-apple-system', 'Segoe UI', 'Roboto', 'sans-serif'],
      },
      maxWidth: {
        measure: '42rem',
      },
    },
  },
  plugins: [plugin(({ addBase }) => addBase({ '@font-face': fallbackFontFaces }))],
};

export default config;
