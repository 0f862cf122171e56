// The lesson library as the page sees it: loaded on demand (a separate chunk), then looked up
// synchronously. Importing the library module itself registers it (tests and the CLI do).

import type { Lesson } from './types';

let library: ReadonlyMap<string, Lesson> | null = null;
let loading: Promise<void> | null = null;

/** Called by the library module when it is evaluated. */
export function registerLessons(lessons: readonly Lesson[]): void {
  library = new Map(lessons.map((lesson) => [lesson.id, lesson]));
}

/** Load the library chunk (once); resolves when lessonById answers. */
export function loadLessons(): Promise<void> {
  if (library) return Promise.resolve();
  loading ??= import('./library').then(() => undefined);
  return loading;
}

export function lessonsLoaded(): boolean {
  return library !== null;
}

/** The lesson, once the library is loaded (undefined before, or for an unknown id). */
export function lessonById(id: string): Lesson | undefined {
  return library?.get(id);
}
