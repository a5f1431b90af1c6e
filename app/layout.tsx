import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { ContentStatus } from '@/components/dev/ContentStatus';
import { SiteFooter } from '@/components/SiteFooter';
import { SiteHeader } from '@/components/SiteHeader';
import { inter } from '@/lib/site/fonts';
import { TITLE_TEMPLATE, pageMetadata } from '@/lib/seo/metadata';
import { site } from '@/lib/site/config';
import { THEME_SCRIPT } from '@/lib/browser/theme';
import './globals.css';

export const metadata: Metadata = {
  // Defaults (feeds, share card) for any page that does not build its own; pages add their canonical.
  ...pageMetadata({}),
  metadataBase: new URL(site.origin),
  title: { default: site.name, template: TITLE_TEMPLATE },
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fafaf9' },
    { media: '(prefers-color-scheme: dark)', color: '#1c1917' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={site.language} className={inter.variable} suppressHydrationWarning>
      <head>
        {/* Applies a saved theme before the first paint (no flash); see lib/browser/theme.ts for why
            it is an async module that blocks rendering rather than a plain inline script. */}
        <script type="module" async blocking="render" dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body className="flex min-h-screen flex-col bg-page font-sans text-body antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:text-stone-900"
        >
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-3xl flex-1 px-5 py-10">
          {children}
        </main>
        <SiteFooter />
        {process.env.NODE_ENV === 'development' && <ContentStatus />}
      </body>
    </html>
  );
}
