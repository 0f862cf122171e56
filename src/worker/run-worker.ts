// The run worker's entry point (a module Worker, see browser-source.ts): serves the page's runs.
import '../i18n/run-words-now';
import { serveRuns } from './run-server';
import type { RunPort } from './protocol';

serveRuns(self as unknown as RunPort);
