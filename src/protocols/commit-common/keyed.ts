// Maps keyed by transaction labels. A label is a user string (a `request` action's value), so
// it may be `constructor`, `toString` or `__proto__`: these maps are objects without a
// prototype, where every label is an ordinary own key (a plain object would read `constructor`
// as Object, and `__proto__` would set its prototype). They stay plain data for checkpoints:
// the engine's deep copy keeps a null prototype.

export type Keyed<T> = Record<string, T>;

/** An empty map keyed by transaction label. */
export const keyed = <T>(): Keyed<T> => Object.create(null) as Keyed<T>;

/**
 * The distinct `labels` in the order an object keyed by them lists its keys: array indexes ("5",
 * "10") first, by number, then the others in the order given. The order a restart, a resend and
 * the view have always used, since they walked such objects.
 */
export function inObjectOrder(labels: Iterable<string>): string[] {
  const order = keyed<true>();
  for (const t of labels) order[t] = true;
  const out: string[] = [];
  for (const t in order) out.push(t);
  return out;
}

/** A one-level copy, itself without a prototype (spreading into `{}` would bring one back). */
export function copyKeyed<T>(source: Keyed<T>): Keyed<T> {
  const out = keyed<T>();
  for (const key in source) out[key] = source[key];
  return out;
}

/** The empty map a checkpoint keeps for every empty one (frozen: it is shared, never written). */
const EMPTY: Keyed<never> = Object.freeze(keyed<never>());

/**
 * What a checkpoint keeps of a map: the shared empty one when it is empty (most are: they hold
 * transactions in progress), else `copy` of it. A checkpoint's maps are never written; loading
 * one copies it again.
 */
export function keptKeyed<T>(source: Keyed<T>, copy: (source: Keyed<T>) => Keyed<T> = copyKeyed): Keyed<T> {
  for (const _ in source) return copy(source);
  return EMPTY;
}
