import { randomUUID } from 'node:crypto';
import {
  BeforeInsert,
  Check,
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import type { UserRole } from './user-role';

@Entity({ name: 'users' })
@Unique('UQ_users_username', ['username'])
@Check('CHK_users_role', `"role" IN ('admin', 'publisher', 'editor', 'viewer')`)
export class UserEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_users' })
  id!: string;

  // Generated here, not by the database: no extension needed and the id is known before the insert.
  @BeforeInsert()
  assignId() {
    this.id ??= randomUUID();
  }

  @Column({ type: 'varchar', length: 64 })
  username!: string;

  /** bcrypt hash; the password itself is never stored. */
  @Column({ name: 'password_hash', type: 'varchar', length: 100 })
  passwordHash!: string;

  @Column({ type: 'varchar', length: 16 })
  role!: UserRole;

  @Column({ type: 'boolean', default: false })
  disabled!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
