const hex = (n: number) => Math.floor(Math.random() * n).toString(16);

/** RFC 4122 v4 layout from Math.random: the mini-program has no crypto.randomUUID on old base libraries. */
export function uuid(): string {
  return 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (c) => (c === 'x' ? hex(16) : (8 + Math.floor(Math.random() * 4)).toString(16)));
}

/** A stable share in [0, 1) of a client id, for settings.sampleRate (FNV-1a 32-bit). */
export function shareOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  return (h >>> 0) / 4294967296;
}
