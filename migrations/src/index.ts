/**
 * Every migration, oldest first. Files are `<epochMs>-<PascalName>.ts` with SQL `up` and `down`;
 * `npm run db:generate -- src/<epochMs>-<PascalName>` writes a new one from the server's entities.
 */
export const MIGRATIONS: Function[] = [];
