// The share-link module (url-sync.ts, with the deflater it needs) as a chunk of its own: the URL
// is written a moment after a change anyway, so the first load does not carry the compressor.
// One import, shared by every caller.

let loading: Promise<typeof import('./url-sync')> | null = null;

export function loadUrlSync(): Promise<typeof import('./url-sync')> {
  loading ??= import('./url-sync');
  return loading;
}
