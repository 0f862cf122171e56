// The explore worker's entry point (a module Worker, see explore-client.ts): serves searches.
import { serveExplore } from './explore-server';
import type { RunPort } from './protocol';

serveExplore(self as unknown as RunPort);
