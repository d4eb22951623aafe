import type { FieldRule, PresetSwitches, Rule } from '../config/config-types';

type Group = keyof PresetSwitches;

const t = (path: string) => '{{' + path + '}}';
const refer = t('page.prevRoute');

// sr-sdk-wxapp's preset and proxied events (youshu-spec.md §1.4–1.5) written in the language itself, so the
// runtime has a single code path for every event. A table expanded once at load: "event group [on/on]" per row
// (`on` defaults to the group's name); the trigger kind is `app` for the app group, else `page`. Order is emission order: on the first App.onShow
// app_launch comes before app_show. leave_wxapp_page reports page.stayTime as it is: normalizeEventProps zeroes
// it past 4 h, as sr-sdk-wxapp does, for every rule that sends stay_time.
const ROWS =
  'app_launch app show,app_show app show,exit_wxapp app hide,browse_wxapp_page page show,leave_wxapp_page page hide/unload,' +
  'page_share_app_message share,page_pull_down_refresh pullDownRefresh,page_reach_bottom reachBottom';

const EXTRA: Record<string, Partial<Rule>> = {
  app_launch: { when: t('app.firstShow') },
  browse_wxapp_page: { props: { refer_page: refer, is_newly_open: t('page.isNewlyOpen') } },
  leave_wxapp_page: { props: { refer_page: refer, stay_time: t('page.stayTime') } },
  page_share_app_message: {
    props: {
      from_type: { $coalesce: [t('share.from'), '未知'] },
      share_title: { $coalesce: [t('share.title'), t('page.title')] },
      share_path: { $coalesce: [t('share.path'), t('page.path')] },
      share_image_url: t('share.imageUrl'),
      share_to: 'friends',
      refer_page: refer,
    },
  },
};

/** The built-in rules of each preset group, in emission order; ids are `preset.<event>`. */
export const PRESET_RULES: [Group, Rule][] = /* @__PURE__ */ ROWS.split(',').map((row) => {
  const [event, group, on = group] = row.split(' ');
  const kind = group === 'app' ? group : 'page';
  return [
    group as Group,
    Object.assign({ id: 'preset.' + event, event, trigger: { kind, on: on.split('/') } }, EXTRA[event]) as Rule,
  ];
});

/** chan fields sr-sdk-wxapp fills on every App.onShow; used unless the config derives the field itself. */
export const PRESET_CHAN: FieldRule[] = /* @__PURE__ */ [
  ['chan_wxapp_scene', 'launch.scene'],
  ['chan_refer_app_id', 'launch.referrerInfo.appId'],
].map(([field, path]) => ({ id: 'preset.' + field, field, sources: [t(path)] }));
