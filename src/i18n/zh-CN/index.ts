// The Simplified Chinese catalog: every area's keys, the same as the English catalog's
// (src/i18n/en/index.ts; a test keeps them equal). A chunk of its own, loaded when the page speaks
// Chinese. Terms follow docs/glossary.md.

import { errors } from './errors';

export const zhCN: Readonly<Record<string, string>> = { ...errors };
