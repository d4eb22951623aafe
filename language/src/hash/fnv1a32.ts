/**
 * FNV-1a (32 bit) over the UTF-16 code units of `text`, in base 36. The delivery answer's `runtimeSum`: the
 * runtime checks it against the key-sorted JSON of `runtime` (sortedJson) instead of a sha256
 * (docs/adr/011-device-inventory.md): both catch a corrupted or truncated answer, neither stops someone who can
 * rewrite the body (who rewrites the check too), and this one is ≈60 bytes of bundle instead of ≈490 gzip.
 */
export function fnv1a32(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}
