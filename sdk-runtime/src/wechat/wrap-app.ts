import { isObj } from '../core/is-obj';
import { decodeScene, type TriggerEvent } from '../core/spec-api';
import { baseScope, topPage, whereOf, topScope, type Runtime } from './runtime-state';
import { wrapMember } from './safe';
import type { Obj } from './wx-globals';

const DEBUG_PARAM = 'trackway_debug';

/** Records the launch options of App.onLaunch / onShow (a hot start brings its own query and scene). */
export function setLaunch(rt: Runtime, opts: unknown): void {
  if (!isObj(opts)) return;
  rt.launch = opts;
  const q = isObj(opts.query) ? opts.query : {};
  rt.scene = decodeScene(q.scene);
  if (typeof q[DEBUG_PARAM] === 'string' && q[DEBUG_PARAM]) rt.session = q[DEBUG_PARAM] as string;
}

function fireApp(rt: Runtime, on: 'launch' | 'show' | 'hide'): void {
  const p = topPage();
  const where = whereOf(rt, p);
  rt.tracker.run({ kind: 'app', on, route: p ? where.route : undefined } as TriggerEvent, topScope(rt, {}), where);
}

/** Adds the app hooks to an App() definition: chan/user on every onShow (Youshu's rule), app triggers, flush on hide. */
export function instrumentApp(rt: Runtime, o: Obj, hooks: { show(): void; hide(): void }): void {
  wrapMember(o, 'onLaunch', { after: (_s, args) => (setLaunch(rt, args[0]), fireApp(rt, 'launch')) }, true);
  wrapMember(
    o,
    'onShow',
    {
      after: (_s, args) => {
        setLaunch(rt, args[0]);
        rt.firstShow = !rt.shownOnce;
        rt.shownOnce = true;
        rt.tracker.fields('appShow', baseScope(rt, {}));
        fireApp(rt, 'show');
        rt.firstShow = false;
        hooks.show();
      },
    },
    true,
  );
  wrapMember(o, 'onHide', { after: () => (fireApp(rt, 'hide'), hooks.hide()) }, true);
}
