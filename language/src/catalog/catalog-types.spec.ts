import { YOUSHU_EVENT_NAMES } from './catalog-types';

describe('YOUSHU_EVENT_NAMES', () => {
  it('should list the 14 goods behaviours once each', () => {
    expect(new Set(YOUSHU_EVENT_NAMES).size).toBe(14);
  });
});
