import 'server-only';

// Pages read the generated posts through here; next.config.ts reads ./generated for the redirects.
export * from './generated';
