import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { AppEntity } from '../apps/app.entity';

/**
 * One thing a device saw in a debug session (issue 13): a page route, a page or component method, a data path, a
 * request, a payment outcome, an exposure. Merged over sessions: one row per (app, kind, route, name).
 */
@Entity({ name: 'inventory_items' })
@Unique('UQ_inventory_items_key', ['appId', 'kind', 'route', 'name'])
// retention deletes by last_seen (TRACKWAY_COLLECTOR_RETENTION_DAYS)
@Index('IDX_inventory_items_last_seen', ['lastSeen'])
export class InventoryItemEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint', primaryKeyConstraintName: 'PK_inventory_items' })
  id!: string;

  @Column({ name: 'app_id', type: 'uuid' })
  appId!: string;

  @ManyToOne(() => AppEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'app_id', foreignKeyConstraintName: 'FK_inventory_items_app' })
  app?: AppEntity;

  /** page | method | component | data | request | payment | expose */
  @Column({ type: 'text' })
  kind!: string;

  /** The page route ('' for none); for a component method, the component path. */
  @Column({ type: 'text' })
  route!: string;

  /** Method name, data path, `METHOD url`, `api outcome`, selector; '' for the page itself. */
  @Column({ type: 'text' })
  name!: string;

  /** The last sample value seen (masked and size-limited by the runtime). */
  @Column({ type: 'jsonb', nullable: true })
  sample!: unknown;

  /** How many reports (one per launch of a debug session that saw it). */
  @Column({ type: 'integer', default: 1 })
  count!: number;

  @Column({ name: 'first_seen', type: 'timestamptz', default: () => 'now()' })
  firstSeen!: Date;

  @Column({ name: 'last_seen', type: 'timestamptz', default: () => 'now()' })
  lastSeen!: Date;

  /** The config version the device ran when it last reported this (null before any config). */
  @Column({ name: 'config_version', type: 'integer', nullable: true })
  configVersion!: number | null;

  @Column({ name: 'last_session', type: 'text', nullable: true })
  lastSession!: string | null;
}
