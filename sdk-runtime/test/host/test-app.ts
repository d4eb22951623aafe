/* eslint-disable @nx/enforce-module-boundaries -- tests read language files that its index does not export */
import type { TrackingConfig } from '../../../language/src/config/config-types';
import { FakeConfigServer } from './config-server';
import { loadRuntime, type RuntimeModule } from './load-runtime';
import { MiniProgramHost, type HostOptions } from './mini-program-host';
import { FakeReceiver } from './receiver';

export const SERVER = 'https://tw.example.com';

export interface TestAppOptions extends HostOptions {
  /** Published before launch (so the first launch fetches it); omit to publish nothing. */
  config?: TrackingConfig;
  /** Put the config in storage as if a previous launch had fetched it (no first-launch hold). */
  cached?: boolean;
  /** Extra tw.init options. */
  init?: Record<string, unknown>;
  /** App({...}) options; default an empty app. */
  app?: Record<string, unknown>;
  /** Storage left by a previous launch (written before tw.init reads it). */
  storage?: Record<string, unknown>;
  /** Skip tw.init (to compare with an uninstrumented run). */
  noRuntime?: boolean;
}

export interface TestApp {
  host: MiniProgramHost;
  receiver: FakeReceiver;
  configServer: FakeConfigServer;
  tw: RuntimeModule;
  /** Everything the receiver got after letting requests and the flush interval run. */
  events(): Promise<FakeReceiver['events']>;
  done(): void;
}

/**
 * The usual test setup: a host with the fake receiver and config endpoint, the runtime initialised with them
 * (events through its own reporter), and App() defined. Pages are defined by the test, then `host.launch`.
 */
export function createTestApp(o: TestAppOptions = {}): TestApp {
  const host = new MiniProgramHost(o).install();
  const receiver = new FakeReceiver(host, SERVER + '/youshu/api/report');
  const configServer = new FakeConfigServer(host, SERVER);
  if (o.config) {
    const env = configServer.publish(o.config);
    if (o.cached) host.storage.set('tw_config', { version: env.version, hash: env.hash, runtime: env.runtime });
  }
  for (const [k, v] of Object.entries(o.storage || {})) host.storage.set(k, v);
  const tw = loadRuntime();
  if (!o.noRuntime) tw.init(Object.assign({ appid: host.appid, server: SERVER, token: 't0ken' }, o.init));
  host.app(Object.assign({ globalData: {} }, o.app));
  return {
    host,
    receiver,
    configServer,
    tw,
    async events() {
      await host.advance(5000);
      return receiver.events;
    },
    done: () => host.uninstall(),
  };
}
