// Small inline SVG icons (no icon font: glyphs must not depend on the system's fonts).
const PATHS = {
  play: 'M7 4.5v15l12-7.5z',
  pause: 'M6 4.5h4.5v15H6zM13.5 4.5H18v15h-4.5z',
  stepForward: 'M5 5v14l9-7zM15.5 5H19v14h-3.5z',
  stepBack: 'M19 5v14l-9-7zM8.5 5H5v14h3.5z',
} as const;

export function Icon({ name }: { name: keyof typeof PATHS }) {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false" className="icon">
      <path d={PATHS[name]} fill="currentColor" />
    </svg>
  );
}
