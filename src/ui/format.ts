// Small display formatters shared by the panels.

export function formatMs(time: number): string {
  return Number.isInteger(time) ? `${time} ms` : `${time.toFixed(1)} ms`;
}

/** "1/50×" for a speed given as a power of ten. */
export function formatSpeed(speedLog: number): string {
  const speed = 10 ** speedLog;
  if (speed >= 0.999) return '1× (real time)';
  return `1/${Math.round(1 / speed)}×`;
}
