import { InitialSchema1795878531960 } from './1795878531960-InitialSchema';
import { ForwardingOutbox1796398365006 } from './1796398365006-ForwardingOutbox';
import { CollectorEvents1796398450714 } from './1796398450714-CollectorEvents';
import { DataApi1796398737139 } from './1796398737139-DataApi';
import { ForwardOutboxRetention1796400045469 } from './1796400045469-ForwardOutboxRetention';
import { InventoryItems1796403000000 } from './1796403000000-InventoryItems';

/**
 * Every migration, oldest first. Files are `<epochMs>-<PascalName>.ts` with SQL `up` and `down`;
 * `npm run db:generate -- src/<epochMs>-<PascalName>` writes a new one from the server's entities.
 */
export const MIGRATIONS: Function[] = [
  InitialSchema1795878531960,
  ForwardingOutbox1796398365006,
  CollectorEvents1796398450714,
  DataApi1796398737139,
  ForwardOutboxRetention1796400045469,
  InventoryItems1796403000000,
];
