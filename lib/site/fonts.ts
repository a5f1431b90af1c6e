import localFont from 'next/font/local';

// Inter ships inside an npm package and is self-hosted by next/font: nothing is fetched
// from the network at build or run time.
export const inter = localFont({
  src: '../../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  variable: '--font-inter',
  weight: '100 900',
  display: 'swap',
  // Its own fallback is Arial alone; lib/site/font-fallbacks.ts adds faces for systems without Arial.
  adjustFontFallback: false,
});
