// The view part of the session store: how the page is laid out for its audience. Presenter mode
// gives the cluster and the lesson narration the screen (side panels fold away); it rides in the
// share link as `&present=1` so that a teacher's link opens the way it was projected. The
// language the page speaks rides as `&lang=zh-CN` (English, the default, is left out); the page
// re-renders in it when it changes (src/ui/LanguageRoot.tsx). Setting it here does not load
// words: src/i18n/language.ts applyLanguage() does, before the store is told.

import { currentLanguage, type Language } from '../i18n/translate';

export interface ViewState {
  presenter: boolean;
  setPresenter(on: boolean): void;
  togglePresenter(): void;
  language: Language;
  setLanguage(language: Language): void;
}

type Set = (partial: Partial<ViewState>) => void;
type Get = () => ViewState;

export function viewSlice(set: Set, get: Get, initial: { presenter?: boolean; language?: Language } = {}): ViewState {
  return {
    presenter: initial.presenter ?? false,
    setPresenter: (presenter) => set({ presenter }),
    togglePresenter: () => set({ presenter: !get().presenter }),
    language: initial.language ?? currentLanguage(),
    setLanguage: (language) => set({ language }),
  };
}
