// The Simplified Chinese catalog: every area's keys, the same as the English catalog's
// (src/i18n/en/index.ts; a test keeps them equal). A chunk of its own, loaded when the page speaks
// Chinese. Terms follow docs/glossary.md.
import { app } from './app';
import { classroom } from './classroom';
import { diagram } from './diagram';
import { history } from './history';
import { lessonPanel } from './lesson-panel';
import { legend } from './legend';
import { lessonsCommon } from './lessons-common';
import { lessonTitles } from './lesson-titles';

import { uiWords } from './ui-words';
import { language } from './language';
import { errors } from './errors';

export const zhCN: Readonly<Record<string, string>> = {
  ...app,
  ...classroom,
  ...diagram,
  ...history,
  ...lessonPanel,
  ...legend,
  ...lessonsCommon,
  ...lessonTitles,
  ...uiWords,
  ...language,
  ...errors,
};
