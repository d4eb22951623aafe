import { rc4 } from './rc4';
import { rejections } from './report-rejection';

export const MAX_EVENTS_PER_REPORT = 500;
export const ENCRYPTED_CONTENT_TYPE = 'application/x-sr-encrypted';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const utf8 = new TextDecoder('utf-8', { fatal: true });

function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** sr-sdk-wxapp `encrypt: true`: base64(RC4(UTF-8 JSON, key)) with the key in Content-Encrypting-Key. */
function decrypt(body: Buffer, key: string | undefined): string {
  if (!key) throw rejections.badEncryption('the Content-Encrypting-Key header is missing');
  const text = body.toString('latin1').replace(/\s+/g, '');
  if (!BASE64.test(text) || text.length % 4 === 1) throw rejections.badEncryption('the body is not base64');
  const plain = decodeUtf8(rc4(Buffer.from(key, 'utf8'), Buffer.from(text, 'base64')));
  if (plain === undefined) throw rejections.badEncryption('wrong key or corrupt body (not UTF-8 once decrypted)');
  return plain;
}

/**
 * The envelopes of an upload, plain or encrypted, exactly as sr-sdk-wxapp 2.1.1 and the runtime send them: a JSON
 * array, or the single object sr posts when one of its methods threw. Throws a ReportRejection otherwise.
 */
export function readReportBody(body: Buffer, contentType: string | undefined, key: string | undefined): unknown[] {
  const encrypted = (contentType ?? '').toLowerCase().startsWith(ENCRYPTED_CONTENT_TYPE);
  const text = encrypted ? decrypt(body, key) : decodeUtf8(body);
  if (text === undefined) throw rejections.invalidJson('not UTF-8');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    if (encrypted) throw rejections.badEncryption('wrong key or corrupt body (not JSON once decrypted)');
    throw rejections.invalidJson((err as Error).message.slice(0, 120));
  }
  // PostgreSQL's jsonb has no NUL character: one such string would fail the whole insert it is part of.
  if (text.includes('\\u0000')) throw rejections.invalidJson('\\u0000 is not allowed in strings');
  const events = Array.isArray(parsed) ? parsed : isObject(parsed) && 'type' in parsed ? [parsed] : undefined;
  if (!events) throw rejections.invalidJson('expected an array');
  if (events.length > MAX_EVENTS_PER_REPORT) throw rejections.tooManyEvents(events.length, MAX_EVENTS_PER_REPORT);
  return events;
}

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
