import { createTestApp, type TestApp } from './host';

describe('search', () => {
  let t: TestApp;
  afterEach(() => t.done());

  it('should report the keyword of a confirm handler and return what the handler returned', async () => {
    t = createTestApp({
      cached: true,
      config: {
        schemaVersion: 1,
        pages: [
          {
            id: 'search',
            route: 'pages/search/search',
            rules: [
              {
                id: 'search.confirm',
                event: 'search',
                trigger: { kind: 'method', method: 'onConfirm' },
                when: '{{event.detail.value}}',
                props: { keyword: '{{event.detail.value | trim}}' },
              },
            ],
          },
        ],
      },
    });
    t.host.page('pages/search/search', { onConfirm: (e: any) => 'searched ' + e.detail.value });
    t.host.launch({ path: 'pages/search/search' });
    expect(
      t.host.call('onConfirm', { type: 'confirm', detail: { value: ' 口红 ' }, currentTarget: { dataset: {} } }),
    ).toBe('searched  口红 ');
    t.host.call('onConfirm', { type: 'confirm', detail: { value: '' }, currentTarget: { dataset: {} } });
    await t.events();
    expect(t.receiver.ofType('search').map((e) => e.props.keyword)).toEqual(['口红']);
  });
});
