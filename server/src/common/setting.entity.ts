import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Server-wide values generated once and shared by every instance (JWT secret, encryption key when unset). */
@Entity({ name: 'settings' })
export class SettingEntity {
  @PrimaryColumn({ type: 'varchar', length: 100, primaryKeyConstraintName: 'PK_settings' })
  key!: string;

  @Column({ type: 'text' })
  value!: string;
}
