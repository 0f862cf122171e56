// Light and dark themes: the system preference by default, a toggle that is remembered.
import { useCallback, useEffect, useState } from 'react';
import { applyTheme, initialTheme, THEME_STORAGE_KEY, type Theme } from '../theme';

export function useTheme(): { theme: Theme; toggleTheme(): void } {
  const [theme, setTheme] = useState<Theme>(initialTheme);
  useEffect(() => applyTheme(theme), [theme]);
  const toggleTheme = useCallback(() => {
    setTheme((old) => {
      const next = old === 'dark' ? 'light' : 'dark';
      try {
        localStorage.setItem(THEME_STORAGE_KEY, next);
      } catch {
        // not remembered
      }
      return next;
    });
  }, []);
  return { theme, toggleTheme };
}
