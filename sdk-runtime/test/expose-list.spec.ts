import { createTestApp, type TestApp } from './host';

// Cards rendered by `<view class="goods-card" wx:for="{{goodsList}}">` with no data-* attribute: the rule names
// the list, and `item` is the element at the exposed node's position among all `.goods-card` nodes.
const config = {
  schemaVersion: 1 as const,
  pages: [
    {
      id: 'list',
      route: 'pages/goods/list',
      rules: [
        {
          id: 'card_expose',
          event: 'expose_sku_component' as const,
          trigger: { kind: 'expose' as const, selector: '.goods-card', list: 'goodsList', itemKey: 'id' },
          props: {
            sku: { sku_id: '{{item.id | str}}', sku_name: '{{item.name}}' },
            sale: { original_price: '{{item.price | yuan}}', current_price: '{{item.price | yuan}}' },
          },
        },
      ],
    },
  ],
};

const goods = (from: number, n: number) =>
  Array.from({ length: n }, (_x, i) => ({ id: from + i, name: '商品' + (from + i), price: 1000 * (from + i) }));

describe('expose rules with a list (cards without data-*)', () => {
  let t: TestApp;
  afterEach(() => t.done());

  function open() {
    t = createTestApp({ config, cached: true });
    t.host.renderList('pages/goods/list', '.goods-card', 'goodsList');
    t.host.network.route('https://shop.example.com/goods?page=', (req) => {
      const page = +req.url.split('page=')[1];
      return { data: { list: goods(1 + (page - 1) * 4, 4) } };
    });
    t.host.page('pages/goods/list', {
      data: { goodsList: [], page: 1 },
      onLoad() {
        this.load();
      },
      onReachBottom() {
        this.setData({ page: this.data.page + 1 });
        this.load();
      },
      load() {
        wx.request({
          url: 'https://shop.example.com/goods?page=' + this.data.page,
          success: (res: any) => this.setData({ goodsList: this.data.goodsList.concat(res.data.list) }),
        });
      },
    });
    t.host.launch({ path: 'pages/goods/list' });
  }

  const exposed = () =>
    t.receiver.ofType('expose_sku_component').map((e) => [e.props.sku.sku_id, e.props.sku.sku_name, e.props.sale]);

  it('should report the list element each visible card renders, once per card', async () => {
    open();
    await t.host.settle();
    t.host.expose('.goods-card', [{ index: 0 }, { index: 1 }, { index: 2, ratio: 0.3 }]);
    await t.host.settle();
    // scrolled down: the third card is visible now, the first one again
    t.host.scrollTop = 300;
    t.host.expose('.goods-card', [{ index: 2 }, { index: 0 }]);
    await t.events();
    expect(exposed()).toEqual([
      ['1', '商品1', { original_price: 10, current_price: 10 }],
      ['2', '商品2', { original_price: 20, current_price: 20 }],
      ['3', '商品3', { original_price: 30, current_price: 30 }],
    ]);
  });

  it('should find the cards a reach-bottom page appended, by their position in the grown list', async () => {
    open();
    await t.host.settle();
    t.host.expose('.goods-card', [{ index: 3 }]);
    t.host.reachBottom();
    await t.host.settle();
    expect(t.host.current().data.goodsList).toHaveLength(8);
    t.host.scrollTop = 4 * 216;
    t.host.expose('.goods-card', [{ index: 4 }, { index: 7 }, { index: 3 }]);
    await t.events();
    expect(exposed().map((e) => e[0])).toEqual(['4', '5', '8']);
  });

  it('should report nothing for a node past the end of the list', async () => {
    open();
    await t.host.settle();
    // the node is rendered but the list shrank before the query answered (a refresh)
    t.host.expose('.goods-card', [{ index: 1 }]);
    t.host.current().data.goodsList = [];
    await t.events();
    expect(exposed()).toEqual([]);
  });
});

declare const wx: any;
