import { ANALYSIS_MODULE_NAMES, YOUSHU_EVENT_NAMES } from './catalog-types';
import { ANALYSIS_MODULES } from './analysis-modules';
import { validateEvent } from './validate-event';
import { validateInterfaceBody } from './validate-interface-body';
import { VALID_BODIES, VALID_EVENTS, clone } from './__fixtures__/youshu-examples';
import { pointerOf, setAt } from './__fixtures__/dotted-paths';

const modules = ANALYSIS_MODULE_NAMES.map((name) => ANALYSIS_MODULES[name]);

describe('ANALYSIS_MODULES', () => {
  it('should need guide_id in chan on all 14 behaviours and in add_order chan_info', () => {
    expect([...ANALYSIS_MODULES.guide.events].sort()).toEqual([...YOUSHU_EVENT_NAMES].sort());
    expect(ANALYSIS_MODULES.guide.eventFields).toEqual([['chan.guide_id']]);
    expect(ANALYSIS_MODULES.guide.interfaceFields).toEqual([['orders[].goods_info[].chan_info[].guide_id']]);
  });

  it('should need the store id and name in front and store_info per goods line in back', () => {
    expect(ANALYSIS_MODULES.store.eventFields.flat().sort()).toEqual(['chan.chan_shop_id', 'chan.chan_shop_name']);
    expect(
      ANALYSIS_MODULES.store.interfaceFields.flat().every((p) => p.startsWith('orders[].goods_info[].store_info.')),
    ).toBe(true);
  });

  it('should need union_id for official-account analysis in wx_user and user_info', () => {
    expect(ANALYSIS_MODULES.official_account.eventFields).toEqual([['wx_user.union_id']]);
    expect(ANALYSIS_MODULES.official_account.interfaceFields).toEqual([['orders[].user_info.union_id']]);
  });

  // A field the schema knows is type-checked: a number where a string id belongs must be reported at its path.
  it.each(modules.flatMap((m) => m.eventFields.flat().map((path) => [m.name, path])))(
    'should name a %s field the event schemas know: %s',
    (_module, path) => {
      const props = clone(VALID_EVENTS.app_show) as Record<string, unknown>;
      setAt(props, path, 12345);
      expect(validateEvent('app_show', props).errors).toContainEqual(
        expect.objectContaining({ path: pointerOf(path), code: 'type' }),
      );
    },
  );

  it.each(modules.flatMap((m) => m.interfaceFields.flat().map((path) => [m.name, path])))(
    'should name a %s field the add_order schema knows: %s',
    (_module, path) => {
      const body = clone(VALID_BODIES.add_order) as Record<string, unknown>;
      setAt(body, path, 12345);
      expect(validateInterfaceBody('add_order', body).errors).toContainEqual(
        expect.objectContaining({ path: pointerOf(path), code: 'type' }),
      );
    },
  );
});
