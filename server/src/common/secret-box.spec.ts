import { randomBytes } from 'node:crypto';
import { SecretBox } from './secret-box';

describe(SecretBox.name, () => {
  const box = new SecretBox(randomBytes(32));

  it('should give back the secret it sealed, without the secret appearing in the sealed text', () => {
    const sealed = box.encrypt('s3cret-value');
    expect(sealed).not.toContain('s3cret-value');
    expect(box.decrypt(sealed)).toBe('s3cret-value');
  });

  it('should seal the same secret differently each time', () => {
    expect(box.encrypt('x')).not.toBe(box.encrypt('x'));
  });

  it('should refuse a value sealed under another key or tampered with', () => {
    const sealed = box.encrypt('s3cret-value');
    expect(() => new SecretBox(randomBytes(32)).decrypt(sealed)).toThrow();
    const parts = sealed.split(':');
    parts[3] = Buffer.from('other').toString('base64url');
    expect(() => box.decrypt(parts.join(':'))).toThrow();
  });
});
