// Moving a column, changing the reading mode or the language read in full leads to the same reader
// with other `langs`/`mode`: whatever else the address holds (the panel's filters, …) comes along,
// so a filtered list is not lost to a change of layout.

/**
 * The layout's own parameters: the new address decides them, also by leaving one out (columns is
 * the mode with no `mode=`, every language's own text the choice with no `witness=`).
 */
const layoutParams = ['langs', 'mode', 'witness'];

/** `path` with each parameter of `current` that is not the layout's and that `path` does not set itself; the hash kept. */
export function carryParams(path: string, current: URLSearchParams | string): string {
  const hashAt = path.indexOf('#');
  const hash = hashAt >= 0 ? path.slice(hashAt) : '';
  const withoutHash = hashAt >= 0 ? path.slice(0, hashAt) : path;
  const queryAt = withoutHash.indexOf('?');
  const pathname = queryAt >= 0 ? withoutHash.slice(0, queryAt) : withoutHash;
  const target = new URLSearchParams(queryAt >= 0 ? withoutHash.slice(queryAt + 1) : '');
  const owned = new Set([...layoutParams, ...target.keys()]);
  for (const [key, value] of new URLSearchParams(current)) {
    if (!owned.has(key)) target.append(key, value);
  }
  // langs=en,ko reads better than langs=en%2Cko, and both parse the same.
  const query = target.toString().replaceAll('%2C', ',');
  return `${pathname}${query ? `?${query}` : ''}${hash}`;
}
