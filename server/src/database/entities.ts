/** Every TypeORM entity of the server. The migrations drift test compares these with migrations/. */
export const ENTITIES: Function[] = [];
