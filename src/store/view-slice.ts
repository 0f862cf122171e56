// The view part of the session store: how the page is laid out for its audience. Presenter mode
// gives the cluster and the lesson narration the screen (side panels fold away); it rides in the
// share link as `&present=1` so that a teacher's link opens the way it was projected.

export interface ViewState {
  presenter: boolean;
  setPresenter(on: boolean): void;
  togglePresenter(): void;
}

type Set = (partial: Partial<ViewState>) => void;
type Get = () => ViewState;

export function viewSlice(set: Set, get: Get, initial: { presenter?: boolean } = {}): ViewState {
  return {
    presenter: initial.presenter ?? false,
    setPresenter: (presenter) => set({ presenter }),
    togglePresenter: () => set({ presenter: !get().presenter }),
  };
}
