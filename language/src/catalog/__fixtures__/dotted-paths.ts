/**
 * Test helpers for the catalog's dotted paths (`a.b`, `items[].c`): `[]` is taken as the first element.
 */
type Obj = Record<string, unknown>;

function steps(path: string): string[] {
  return path.split('.').flatMap((part) => (part.endsWith('[]') ? [part.slice(0, -2), '0'] : [part]));
}

/** The JSON Pointer of a dotted path, `[]` → element 0: `orders[].user_info` → `/orders/0/user_info`. */
export function pointerOf(path: string): string {
  return steps(path)
    .map((s) => `/${s}`)
    .join('');
}

/** Sets the value at a dotted path, creating objects and one-element arrays on the way. */
export function setAt(document: Obj, path: string, value: unknown): void {
  const parts = steps(path);
  let current: Obj = document;
  parts.slice(0, -1).forEach((part, i) => {
    if (typeof current[part] !== 'object' || current[part] === null) current[part] = parts[i + 1] === '0' ? [{}] : {};
    current = current[part] as Obj;
  });
  current[parts[parts.length - 1]] = value;
}

export function deleteAt(document: Obj, path: string): void {
  const parts = steps(path);
  let current: Obj = document;
  for (const part of parts.slice(0, -1)) current = current[part] as Obj;
  delete current[parts[parts.length - 1]];
}
