import { acceptsGzip, ifNoneMatchMatches } from './http-negotiation';

describe(ifNoneMatchMatches.name, () => {
  const etag = '"abc123"';
  it.each([
    ['"abc123"', true],
    ['W/"abc123"', true],
    ['"zzz", "abc123"', true],
    ['"zzz",W/"abc123"', true],
    ['*', true],
    ['"abc12"', false],
    ['"zzz", "yyy"', false],
    ['abc123', false],
  ])('should treat If-None-Match %j as matching: %s', (header, expected) => {
    expect(ifNoneMatchMatches(header, etag)).toBe(expected);
  });

  it('should not match when the header is absent', () => {
    expect(ifNoneMatchMatches(undefined, etag)).toBe(false);
  });
});

describe(acceptsGzip.name, () => {
  it.each([
    ['gzip, deflate, br', true],
    ['br;q=1.0, gzip;q=0.8', true],
    ['GZIP', true],
    ['*', true],
    ['identity', false],
    ['gzip;q=0', false],
    ['*, gzip;q=0', false],
    ['gzip;q=0.0, *;q=0.5', false],
    ['', false],
  ])('should read Accept-Encoding %j as allowing gzip: %s', (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });
});
