import { YOUSHU_EVENT_NAMES } from './catalog-types';
import { CATALOG, COMMON_REQUIRED_PROPS } from './event-catalog';
import { validateEvent } from './validate-event';
import { VALID_EVENTS, clone } from './__fixtures__/youshu-examples';
import { deleteAt, pointerOf } from './__fixtures__/dotted-paths';

describe('CATALOG', () => {
  it('should describe each of the 14 behaviours under its own name with its schema', () => {
    expect(Object.keys(CATALOG).sort()).toEqual([...YOUSHU_EVENT_NAMES].sort());
    for (const name of YOUSHU_EVENT_NAMES) {
      expect(CATALOG[name].name).toBe(name);
      expect(String(CATALOG[name].schema.$id)).toMatch(new RegExp(`/events/${name}\\.schema\\.json$`));
      expect(CATALOG[name].title.zh).toMatch(/\p{Script=Han}/u);
      expect(CATALOG[name].title.en).toMatch(/^[A-Z]/);
    }
  });

  it('should mark the app events as reported by the SDK itself and the page events by its page proxy', () => {
    const byPreset = (preset: unknown) => YOUSHU_EVENT_NAMES.filter((n) => CATALOG[n].preset === preset).sort();
    expect(byPreset('app')).toEqual(['app_launch', 'app_show', 'exit_wxapp']);
    expect(byPreset('page')).toEqual([
      'browse_wxapp_page',
      'leave_wxapp_page',
      'page_pull_down_refresh',
      'page_reach_bottom',
      'page_share_app_message',
    ]);
  });

  it('should group the behaviours as the scope page does', () => {
    const group = (g: string) => YOUSHU_EVENT_NAMES.filter((n) => CATALOG[n].group === g).sort();
    expect(group('search')).toEqual(['search']);
    expect(group('goods')).toEqual(['add_to_cart', 'browse_sku_page', 'expose_sku_component', 'trigger_sku_component']);
    expect(group('purchase')).toEqual(['custom_order']);
    expect(group('browse')).toHaveLength(8);
  });

  it('should list sku and spu with their id and name as required on browse_sku_page', () => {
    expect([...CATALOG.browse_sku_page.requiredProps].sort()).toEqual([
      'sku',
      'sku.sku_id',
      'sku.sku_name',
      'spu',
      'spu.spu_id',
      'spu.spu_name',
    ]);
  });

  it('should flag the two goods events whose structure is inferred', () => {
    const flagged = YOUSHU_EVENT_NAMES.filter((n) => CATALOG[n].unconfirmed !== undefined).sort();
    expect(flagged).toEqual(['browse_sku_page', 'trigger_sku_component']);
  });

  describe.each(YOUSHU_EVENT_NAMES)('%s', (name) => {
    it.each([...CATALOG[name].requiredProps, ...COMMON_REQUIRED_PROPS])(
      'should make the validator demand %s',
      (path) => {
        const props = clone(VALID_EVENTS[name]) as Record<string, unknown>;
        deleteAt(props, path);
        const result = validateEvent(name, props);
        expect(result.valid).toBe(false);
        expect(result.errors).toContainEqual(expect.objectContaining({ path: pointerOf(path), code: 'required' }));
      },
    );
  });
});
