// The English catalog of the page's first load: every area's keys in one flat record. The
// lessons' own words (lessons-*.ts) join it when the lesson library loads (see addWords).
import { lessonsCommon } from './lessons-common';
import { lessonTitles } from './lesson-titles';
import { lessonPanel } from './lesson-panel';
import { legend } from './legend';
import { app } from './app';
import { classroom } from './classroom';
import { diagram } from './diagram';
import { history } from './history';
import { explorer } from './explorer';

export const en: Readonly<Record<string, string>> = { ...app, ...classroom, ...diagram, ...history, ...lessonPanel, ...legend, ...lessonsCommon, ...lessonTitles, ...explorer };
