import { decodeScene, isObj } from '../core/language-api';
import { fireTop, scopeOf, type Runtime } from './runtime-state';
import { wrapMember } from './safe';
import { lowerFirst, objOr, type Obj } from './wx-globals';

/**
 * Adds the app hooks to an App() definition: app triggers, chan/user on every onShow (Youshu's rule), sending
 * resumed on show and the queue flushed on hide. onLaunch / onShow record their options (a hot start brings its
 * own query and scene).
 */
export function instrumentApp(rt: Runtime, o: Obj): void {
  for (const hook of ['Launch', 'Show', 'Hide']) {
    const on = lowerFirst(hook);
    wrapMember(
      o,
      'on' + hook,
      (phase, _self, args) => {
        if (phase === 'before') return;
        const opts = args[0];
        if (on !== 'hide' && isObj(opts)) {
          rt.launch_ = opts;
          const q = objOr(opts.query);
          rt.scene_ = decodeScene(q.scene);
          if (q.trackway_debug) rt.session_ = String(q.trackway_debug);
          rt.debug_();
        }
        if (on === 'show') {
          rt.firstShow_ = !rt.shownOnce_;
          rt.shownOnce_ = true;
          rt.tracker_.fields_('appShow', scopeOf(rt));
        }
        fireTop(rt, { kind: 'app', on }, {});
        rt.firstShow_ = false;
        if (rt.reporter_) {
          if (on === 'show') rt.reporter_.resume_();
          if (on === 'hide') rt.reporter_.flush_();
        }
      },
      true,
    );
  }
}
