import type { FieldRule, PresetSwitches, Rule } from '../config/config-types';

type Group = keyof PresetSwitches;
type Row = [Group, string, 'app' | 'page', string | string[], Rule['props']?, string?];

const refer = '{{page.prevRoute}}';

// sr-sdk-wxapp's preset and proxied events (youshu-spec.md §1.4–1.5) written in the language itself, so the
// runtime has a single code path for every event. Rows: group, event, trigger kind, `on`, props, `when`.
// Order is emission order: on the first App.onShow app_launch comes before app_show.
const ROWS: Row[] = [
  ['app', 'app_launch', 'app', 'show', undefined, '{{app.firstShow}}'],
  ['app', 'app_show', 'app', 'show'],
  ['app', 'exit_wxapp', 'app', 'hide'],
  ['page', 'browse_wxapp_page', 'page', 'show', { refer_page: refer, is_newly_open: '{{page.isNewlyOpen}}' }],
  [
    'page',
    'leave_wxapp_page',
    'page',
    ['hide', 'unload'],
    // stay_time is 0 past 4 h (14,400,000 ms), as sr-sdk-wxapp does
    { refer_page: refer, stay_time: { $if: { cond: { $gt: ['{{page.stayTime}}', 14400000] }, then: 0, else: '{{page.stayTime}}' } } },
  ],
  [
    'share',
    'page_share_app_message',
    'page',
    'share',
    {
      from_type: { $coalesce: ['{{share.from}}', '未知'] },
      share_title: { $coalesce: ['{{share.title}}', '{{page.title}}'] },
      share_path: { $coalesce: ['{{share.path}}', '{{page.path}}'] },
      share_image_url: '{{share.imageUrl}}',
      share_to: 'friends',
      refer_page: refer,
    },
  ],
  ['pullDownRefresh', 'page_pull_down_refresh', 'page', 'pullDownRefresh'],
  ['reachBottom', 'page_reach_bottom', 'page', 'reachBottom'],
];

/** The built-in rules of each preset group, in emission order; ids are `preset.<event>`. */
export const PRESET_RULES: [Group, Rule][] = /* @__PURE__ */ ROWS.map(([group, event, kind, on, props, when]) => [
  group,
  { id: 'preset.' + event, event, trigger: { kind, on }, props, when } as Rule,
]);

/** chan fields sr-sdk-wxapp fills on every App.onShow; used unless the config derives the field itself. */
export const PRESET_CHAN: FieldRule[] = [
  { id: 'preset.chan_wxapp_scene', field: 'chan_wxapp_scene', sources: ['{{launch.scene}}'] },
  { id: 'preset.chan_refer_app_id', field: 'chan_refer_app_id', sources: ['{{launch.referrerInfo.appId}}'] },
];
