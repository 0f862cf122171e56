// The share-link module (url-sync.ts, with the deflater it needs) as a chunk of its own: the URL
// is written a moment after a change anyway, so the first load does not carry the compressor.
// (The module loader fetches it once; every caller shares that.)

export const loadUrlSync = (): Promise<typeof import('./url-sync')> => import('./url-sync');
