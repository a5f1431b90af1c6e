import type { Server } from 'node:http';

export type Answer = { kind: 'file'; file: string } | { kind: 'redirect'; location: string } | { kind: 'not-found' };
export function resolveRequest(root: string, basePath: string, requestPath: string): Answer;
export function createStaticServer(options: { root: string; basePath?: string }): Server;
