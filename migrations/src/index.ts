import { InitialSchema1795878531960 } from './1795878531960-InitialSchema';
import { ForwardingOutbox1796398365006 } from './1796398365006-ForwardingOutbox';
import { CollectorEvents1796398450714 } from './1796398450714-CollectorEvents';

/**
 * Every migration, oldest first. Files are `<epochMs>-<PascalName>.ts` with SQL `up` and `down`;
 * `npm run db:generate -- src/<epochMs>-<PascalName>` writes a new one from the server's entities.
 */
export const MIGRATIONS: Function[] = [
  InitialSchema1795878531960,
  ForwardingOutbox1796398365006,
  CollectorEvents1796398450714,
];
