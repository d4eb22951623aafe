export { init, on, flush, configVersion } from './wechat/init';
export type { InitOptions, SrLike } from './public-api';
export { TW_EVENTS } from './core/event-names';
import { wrapped } from './wechat/init';

/** Page/App/Component for plugin mini-programs, where the globals cannot be replaced. */
export const App = wrapped('App');
export const Page = wrapped('Page');
export const Component = wrapped('Component');
export const version = '0.1.0';
