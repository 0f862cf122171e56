// The colour theme on <html data-theme>: the remembered choice, else the system's preference.
// No React here: main.tsx marks the page before anything is drawn (see applyTheme).

export type Theme = 'light' | 'dark';
export const THEME_STORAGE_KEY = 'consensus-lab-theme';

export function initialTheme(): Theme {
  try {
    const saved = localStorage.getItem(THEME_STORAGE_KEY);
    if (saved === 'light' || saved === 'dark') return saved;
  } catch {
    // storage unavailable
  }
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/**
 * Marks <html> with the theme. main.tsx calls it first thing: written later (after the first
 * frame, in an effect), the attribute would restyle and lay out the whole page a second time.
 */
export function applyTheme(theme: Theme = initialTheme()): void {
  const root = document.documentElement;
  if (root.dataset.theme !== theme) root.dataset.theme = theme;
}
