import fc from 'fast-check';
import type { Violation } from '../violation';
import { realisticConfig } from './realistic-config.fixture';
import { validateConfig } from './validate-config';

/** A config with one page whose rules are `rules` (rules[0] is a harmless page-view rule). */
function pageWith(...rules: unknown[]): any {
  return {
    schemaVersion: 1,
    pages: [
      {
        id: 'detail',
        route: 'pages/goods/detail',
        rules: [
          {
            id: 'search_on_show',
            event: 'search',
            trigger: { kind: 'page', on: 'show' },
            props: { keyword: '{{query.q}}' },
          },
          ...rules,
        ],
      },
    ],
  };
}

const skuProps = {
  sku: { sku_id: '{{data.goods.id}}', sku_name: '{{data.goods.name}}' },
  spu: { spu_id: '{{data.goods.spu}}', spu_name: '{{data.goods.name}}' },
};

/** The violation at `path` with `code`; both messages must name the field (the last segment of the path). */
function found(doc: unknown, path: string, code: string): Violation {
  const result = validateConfig(doc);
  const hit = result.errors.find((v) => v.path === path && v.code === code);
  if (!hit) throw new Error(`no ${code} at ${path}; got ${JSON.stringify(result.errors.map((v) => [v.path, v.code]))}`);
  const field = path.slice(path.lastIndexOf('/') + 1);
  expect(hit.message.zh).toContain(field);
  expect(hit.message.en).toContain(field);
  expect(hit.message.zh).toMatch(/[\u4e00-\u9fff]/);
  return hit;
}

describe(validateConfig.name, () => {
  it('should accept a realistic config with no violation at all', () => {
    expect(validateConfig(realisticConfig())).toEqual({ valid: true, errors: [] });
  });

  it('should reject browse_sku_page mapped without sku_id, at the place the mapping belongs', () => {
    const doc = pageWith({
      id: 'pdp',
      event: 'browse_sku_page',
      trigger: { kind: 'data', path: 'goods' },
      props: { sku: { sku_name: '{{data.goods.name}}' }, spu: { spu_name: '{{data.goods.name}}' } },
    });
    const result = validateConfig(doc);
    expect(result.valid).toBe(false);
    expect(found(doc, '/pages/0/rules/1/props/sku/sku_id', 'missing_required_prop').severity).toBe('error');
  });

  it('should accept a goods rule that maps only the spu id, since the runtime copies it to the sku', () => {
    const doc = pageWith({
      id: 'pdp',
      event: 'browse_sku_page',
      trigger: { kind: 'data', path: 'goods' },
      props: { spu: { spu_id: '{{data.goods.id}}', spu_name: '{{data.goods.name}}' } },
    });
    expect(validateConfig(doc).errors).toEqual([]);
  });

  it('should ask for the props of a rule that has none, and for each sub-order field', () => {
    const doc = pageWith({
      id: 'order',
      event: 'custom_order',
      trigger: { kind: 'payment' },
      props: { order: '{{vars}}', sub_orders: [{}] },
    });
    found(doc, '/pages/0/rules/1/props/sub_orders/0/sub_order_id', 'missing_required_prop');
    found(doc, '/pages/0/rules/1/props/sub_orders/0/pay_amt', 'missing_required_prop');
    found(
      pageWith({ id: 'kw', event: 'search', trigger: { kind: 'page', on: 'load' } }),
      '/pages/0/rules/1/props/keyword',
      'missing_required_prop',
    );
  });

  it('should ask for the time field a constant order status needs', () => {
    const doc = pageWith({
      id: 'cancel',
      event: 'custom_order',
      trigger: { kind: 'payment', outcome: 'cancel' },
      props: {
        order: { order_id: '{{payment.orderId}}', order_time: '{{now}}', order_status: 'cancel_pay' },
        sub_orders: '{{payment.subOrders}}',
      },
    });
    found(doc, '/pages/0/rules/1/props/order/cancel_pay_time', 'missing_required_prop');
  });

  it('should reject constants of the wrong type or outside the enum', () => {
    const doc = pageWith(
      {
        id: 'cart',
        event: 'add_to_cart',
        trigger: { kind: 'method', method: 'onAddCart' },
        props: { ...skuProps, action_type: 'add', sku_num: 1 },
      },
      {
        id: 'card',
        event: 'expose_sku_component',
        trigger: { kind: 'expose', selector: '.card' },
        props: { ...skuProps, position_id: 2.5 },
      },
    );
    found(doc, '/pages/0/rules/1/props/action_type', 'bad_constant');
    found(doc, '/pages/0/rules/2/props/position_id', 'bad_constant');
  });

  it('should reject a price mapped without its partner', () => {
    const doc = pageWith({
      id: 'pdp',
      event: 'browse_sku_page',
      trigger: { kind: 'data', path: 'goods' },
      props: { ...skuProps, sale: { current_price: '{{data.goods.price | yuan}}' } },
    });
    found(doc, '/pages/0/rules/1/props/sale/original_price', 'pair');
  });

  it('should name an unknown event', () => {
    found(
      pageWith({ id: 'x', event: 'view_goods', trigger: { kind: 'page', on: 'show' } }),
      '/pages/0/rules/1/event',
      'unknown_event',
    );
  });

  it('should reject a rule that neither emits nor remembers', () => {
    found(pageWith({ id: 'idle', trigger: { kind: 'page', on: 'show' } }), '/pages/0/rules/1/event', 'empty_rule');
  });

  it('should reject ids used twice anywhere in the document, and ids of the built-in rules', () => {
    const doc = realisticConfig() as any;
    doc.chan[0].id = 'goods_detail_view';
    doc.propagate[0].id = 'preset.mine';
    found(doc, '/chan/0/id', 'duplicate_id');
    found(doc, '/propagate/0/id', 'reserved_id');
  });

  it('should reject route and URL patterns the runtime cannot match, and bad data paths', () => {
    const doc = realisticConfig() as any;
    doc.pages[1].route = '/pages/goods/list';
    doc.rules[0].trigger.url = 'https://api.example.com/order/ submit';
    doc.propagate[0].url = 'https://api.example.com/***';
    doc.pages[0].rules[0].trigger.path = 'goods..sku';
    found(doc, '/pages/1/route', 'bad_pattern');
    found(doc, '/rules/0/trigger/url', 'bad_pattern');
    found(doc, '/propagate/0/url', 'bad_pattern');
    found(doc, '/pages/0/rules/0/trigger/path', 'bad_path');
  });

  it('should reject broken templates, unknown filters, operators and roots', () => {
    const doc = pageWith({
      id: 'kw',
      event: 'search',
      trigger: { kind: 'method', method: 'onSearch' },
      when: { $eq: ['{{event.detail.value}}'] },
      props: {
        keyword: '{{ event.detail.value | shout }}',
        extra: {
          a: '{{ event.detail.value ',
          b: { $upcase: '{{event.type}}' },
          c: '{{ form.value }}',
          d: { $match: ['{{event.type}}', '(['] },
        },
      },
    });
    found(doc, '/pages/0/rules/1/when/$eq', 'bad_expression');
    found(doc, '/pages/0/rules/1/props/keyword', 'bad_expression');
    found(doc, '/pages/0/rules/1/props/extra/a', 'bad_expression');
    found(doc, '/pages/0/rules/1/props/extra/b/$upcase', 'bad_expression');
    found(doc, '/pages/0/rules/1/props/extra/c', 'bad_expression');
    found(doc, '/pages/0/rules/1/props/extra/d/$match/1', 'bad_expression');
  });

  it('should accept members of any value, computed keys, amount arithmetic and an expose list', () => {
    const row = '{{data.rows[event.dataset.index].price}}';
    const doc = pageWith(
      {
        id: 'plus',
        event: 'add_to_cart',
        trigger: { kind: 'method', method: 'onPlus', phase: 'before' },
        props: {
          action_type: 'append_to_cart_in_cart',
          sku: {
            sku_id: { $get: [{ $find: { in: '{{data.rows}}', where: { id: '{{event.dataset.id}}' } } }, 'skuId'] },
            sku_name: '{{data.rows[event.dataset.index].name}}',
          },
          sku_num: { $add: ['{{data.rows[event.dataset.index].qty}}', 1] },
          sale: {
            original_price: { $mul: [row, 2, 0.5] },
            current_price: { $round: [{ $div: [{ $sub: [row, 1] }, 3] }, 2] },
          },
        },
      },
      {
        id: 'cards',
        event: 'expose_sku_component',
        trigger: { kind: 'expose', selector: '.card', list: 'floor.goods', itemKey: 'id' },
        props: { sku: { sku_id: '{{item.id | str}}', sku_name: '{{item.name}}' } },
      },
    );
    expect(validateConfig(doc).errors).toEqual([]);
  });

  it('should reject misused $get and arithmetic, and an expose list that is no data path', () => {
    const doc = pageWith({
      id: 'kw',
      event: 'search',
      trigger: { kind: 'method', method: 'onSearch' },
      props: {
        keyword: '{{event.detail}}',
        extra: { g: { $get: '{{data.x}}' }, h: { $add: [1] }, i: { $sub: [1, 2, 3] }, j: { $get: [1, 'a..b'] } },
      },
    });
    expect(found(doc, '/pages/0/rules/1/props/extra/g/$get', 'bad_expression').message.en).toContain('[value, "path"]');
    found(doc, '/pages/0/rules/1/props/extra/h/$add', 'bad_expression');
    found(doc, '/pages/0/rules/1/props/extra/i/$sub', 'bad_expression');
    expect(found(doc, '/pages/0/rules/1/props/extra/j/$get/1', 'bad_expression').message.zh).toContain('a..b');
    const list = pageWith({
      id: 'cards',
      event: 'expose_sku_component',
      trigger: { kind: 'expose', selector: '.card', list: 'goods[event.x]' },
      props: { sku: { sku_id: '{{item.id | str}}', sku_name: '{{item.name}}' } },
    });
    found(list, '/pages/0/rules/1/trigger/list', 'bad_path');
  });

  it('should check the root of a computed key like any read', () => {
    const doc = pageWith({
      id: 'kw',
      event: 'search',
      trigger: { kind: 'page', on: 'show' },
      props: { keyword: '{{data.words[event.dataset.index]}}', extra: { a: '{{data.words[form.i]}}' } },
    });
    expect(validateConfig(doc).errors.map((v) => [v.path, v.code, v.severity, v.message.en])).toEqual([
      [
        '/pages/0/rules/1/props/keyword',
        'root_unavailable',
        'warning',
        expect.stringContaining('(event.dataset.index)'),
      ],
      [
        '/pages/0/rules/1/props/extra/a',
        'bad_expression',
        'error',
        expect.stringContaining('unknown root form (form.i)'),
      ],
    ]);
  });

  it('should reject reads and writes of undeclared variables', () => {
    const doc = realisticConfig() as any;
    doc.rules[0].remember = { lastOrdr: '{{response.data.data}}' };
    doc.rules[1].props.order.order_id = '{{vars.order.id}}';
    found(doc, '/rules/0/remember/lastOrdr', 'unknown_variable');
    found(doc, '/rules/1/props/order/order_id', 'unknown_variable');
  });

  it('should warn about roots the trigger never provides, without failing the config', () => {
    const doc = realisticConfig() as any;
    doc.pages[0].rules[0].props.sku.sku_name = '{{response.data.name}}';
    doc.pages[0].rules[1].trigger.phase = 'before';
    doc.pages[2].rules[0].props.keyword = '{{payment.keyword}}';
    const result = validateConfig(doc);
    expect(result.valid).toBe(true);
    expect(found(doc, '/pages/0/rules/0/props/sku/sku_name', 'root_unavailable').severity).toBe('warning');
    found(doc, '/pages/0/rules/1/when/$eq/0', 'root_unavailable');
    found(doc, '/pages/2/rules/0/props/keyword', 'root_unavailable');
  });

  it('should reject chan_id constants that are not Youshu channel ids', () => {
    const doc = realisticConfig() as any;
    doc.chan[1].sources = ['{{launch.query.chan_id}}', 'spring-sale'];
    found(doc, '/chan/1/sources/1', 'bad_chan_id');
  });

  it('should require chan_shop_name next to chan_shop_id', () => {
    const doc = realisticConfig() as any;
    doc.chan.splice(3, 1);
    found(doc, '/chan/2/field', 'pair');
  });

  it('should reject structural mistakes with the field they are about', () => {
    const doc = realisticConfig() as any;
    doc.schemaVersion = 2;
    doc.settings.sampleRate = 2;
    doc.settings.flushsize = 10;
    doc.pages[0].rules[1].trigger = { kind: 'tap', method: 'onAddCart' };
    delete doc.pages[1].rules[0].trigger.selector;
    doc.pages[2].id = 'search page';
    doc.variables['last-order'] = {};
    doc.rules[1].trigger.outcome = 'done';
    doc.propagate[0].as = 7;
    found(doc, '/schemaVersion', 'schema_version');
    found(doc, '/settings/sampleRate', 'range');
    found(doc, '/settings/flushsize', 'unknown_field');
    found(doc, '/pages/0/rules/1/trigger/kind', 'unknown_trigger_kind');
    found(doc, '/pages/1/rules/0/trigger/selector', 'required');
    found(doc, '/pages/2/id', 'pattern');
    found(doc, '/variables/last-order', 'bad_name');
    found(doc, '/rules/1/trigger/outcome', 'enum');
    found(doc, '/propagate/0/as', 'enum');
  });

  it('should reject a config over 256 KB', () => {
    const doc = realisticConfig() as any;
    doc.description = '埋'.repeat(90_000); // 3 bytes each in UTF-8: 270,000 bytes
    const hit = validateConfig(doc).errors.find((v) => v.code === 'too_large');
    expect(hit).toMatchObject({ path: '', severity: 'error' });
    expect(hit!.message.zh).toContain('256 KB');
    expect(hit!.message.en).toContain('256 KB');
  });

  it('should list violations in document order', () => {
    const doc = realisticConfig() as any;
    doc.propagate[0].as = 'cookie';
    doc.pages[1].route = '/list';
    doc.chan[1].sources = ['x'];
    expect(validateConfig(doc).errors.map((v) => v.path)).toEqual([
      '/pages/1/route',
      '/chan/1/sources/0',
      '/propagate/0/as',
    ]);
  });

  it('should report a document JSON cannot hold instead of throwing', () => {
    const doc: any = realisticConfig();
    doc.self = doc;
    expect(validateConfig(doc)).toMatchObject({ valid: false, errors: [{ path: '', code: 'not_json' }] });
  });

  it('should never throw and never fail inside, whatever the input', () => {
    const config = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.constantFrom('{{', '{{ a | b }}', '{{vars.x}}', '$ref', 'page', 'browse_sku_page', '8_ab', 'pages/*'),
        fc.jsonValue(),
        fc.array(tie('value'), { maxLength: 4 }),
        fc.dictionary(
          fc.constantFrom(
            '$ref',
            '$if',
            '$map',
            '$find',
            'id',
            'event',
            'trigger',
            'kind',
            'props',
            'sku',
            'rules',
            'pages',
            'chan',
            'field',
            'sources',
            'remember',
            'variables',
            'when',
            'foreach',
            'url',
            'route',
            'on',
          ),
          tie('value'),
          { maxKeys: 5 },
        ),
      ),
    })).value;
    fc.assert(
      fc.property(config, (doc) => {
        const result = validateConfig(doc);
        expect(result.errors.filter((v) => v.code === 'internal')).toEqual([]);
        expect(result.valid).toBe(!result.errors.some((v) => v.severity === 'error'));
      }),
      { numRuns: 500 },
    );
  });

  it('should never throw when any one part of a realistic config is replaced by anything', () => {
    const nodes = (v: unknown, at: (string | number)[] = []): (string | number)[][] =>
      v && typeof v === 'object'
        ? [at, ...Object.entries(v).flatMap(([k, x]) => nodes(x, [...at, Array.isArray(v) ? +k : k]))]
        : [at];
    const paths = nodes(realisticConfig()).filter((p) => p.length);
    fc.assert(
      fc.property(fc.nat({ max: paths.length - 1 }), fc.jsonValue(), (n, value) => {
        const doc: any = realisticConfig();
        const path = paths[n];
        let parent = doc;
        for (const k of path.slice(0, -1)) parent = parent[k];
        parent[path[path.length - 1]] = value;
        const result = validateConfig(doc);
        expect(result.errors.filter((v) => v.code === 'internal')).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
