import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { hashPassword, verifyPassword } from './password-hash';
import { LastAdminError, UsernameTakenError, UserNotFoundError } from './user-errors';
import type { UserRole } from './user-role';
import { UserEntity } from './user.entity';

export interface UserChanges {
  role?: UserRole;
  disabled?: boolean;
  password?: string;
}

@Injectable()
export class UsersService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Users');

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** First start: create the admin from the config, or with a generated password printed once in the log. */
  async onApplicationBootstrap(): Promise<void> {
    const count = await this.dataSource.getRepository(UserEntity).count();
    if (count > 0) return;
    const generated = this.config.adminPassword === undefined;
    const password = this.config.adminPassword ?? randomBytes(12).toString('base64url');
    const inserted = await this.dataSource.transaction(async (m) => {
      // ON CONFLICT: several instances starting on an empty database create the admin once.
      const rows: unknown[] = await m.query(
        `INSERT INTO "users" ("id", "username", "password_hash", "role") VALUES ($1, $2, $3, 'admin')
         ON CONFLICT ("username") DO NOTHING RETURNING "id"`,
        [randomUUID(), this.config.adminUser, await hashPassword(password)],
      );
      if (rows.length === 0) return false;
      await this.audit.record(m, {
        actor: 'system',
        action: 'user.create',
        summary: `Created the first admin "${this.config.adminUser}" / 创建首个管理员「${this.config.adminUser}」`,
        details: { username: this.config.adminUser, role: 'admin' },
      });
      return true;
    });
    if (inserted && generated) {
      this.logger.warn({
        msg: 'First admin created with a generated password. It is shown only this once: log in and change it.',
        username: this.config.adminUser,
        password,
      });
    }
  }

  /** The user for valid credentials of an enabled account, else null (never says which part was wrong). */
  async verifyCredentials(username: string, password: string): Promise<UserEntity | null> {
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ username });
    // Compare against a dummy hash for unknown users too, so timing does not reveal which usernames exist.
    const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
    return user && ok && !user.disabled ? user : null;
  }

  findActive(id: string): Promise<UserEntity | null> {
    return this.dataSource.getRepository(UserEntity).findOneBy({ id, disabled: false });
  }

  list(): Promise<UserEntity[]> {
    return this.dataSource.getRepository(UserEntity).find({ order: { username: 'ASC' } });
  }

  async create(actor: AuthUser, input: { username: string; password: string; role: UserRole }): Promise<UserEntity> {
    const passwordHash = await hashPassword(input.password);
    return this.dataSource.transaction(async (m) => {
      const exists = await m.getRepository(UserEntity).existsBy({ username: input.username });
      if (exists) throw new UsernameTakenError(input.username);
      const user = m.getRepository(UserEntity).create({
        id: randomUUID(),
        username: input.username,
        passwordHash,
        role: input.role,
        disabled: false,
      });
      await m
        .getRepository(UserEntity)
        .insert(user)
        .catch((err: { code?: string }) => {
          throw err.code === '23505' ? new UsernameTakenError(input.username) : err;
        });
      await this.audit.record(m, {
        actor: actor.username,
        action: 'user.create',
        summary: `Created user "${user.username}" with role ${user.role} / 添加用户「${user.username}」，角色 ${user.role}`,
        details: { userId: user.id, username: user.username, role: user.role },
      });
      return m.getRepository(UserEntity).findOneByOrFail({ id: user.id });
    });
  }

  async update(actor: AuthUser, id: string, changes: UserChanges): Promise<UserEntity> {
    const passwordHash = changes.password === undefined ? undefined : await hashPassword(changes.password);
    return this.dataSource.transaction(async (m) => {
      // Lock every admin row: two concurrent demotions must not both see "another admin remains".
      await m.query(`SELECT 1 FROM "users" WHERE "role" = 'admin' FOR UPDATE`);
      const user = await m.getRepository(UserEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw new UserNotFoundError(id);
      const losesAdmin =
        user.role === 'admin' && !user.disabled && ((changes.role && changes.role !== 'admin') || changes.disabled);
      if (losesAdmin && (await this.activeAdmins(m)) <= 1) throw new LastAdminError();

      const said: string[] = [];
      const saidZh: string[] = [];
      if (changes.role !== undefined && changes.role !== user.role) {
        said.push(`role ${user.role} → ${changes.role}`);
        saidZh.push(`角色 ${user.role} → ${changes.role}`);
      }
      if (changes.disabled !== undefined && changes.disabled !== user.disabled) {
        said.push(changes.disabled ? 'disabled' : 'enabled');
        saidZh.push(changes.disabled ? '已停用' : '已启用');
      }
      if (passwordHash) {
        said.push('password reset');
        saidZh.push('重置密码');
      }
      await m
        .getRepository(UserEntity)
        .update({ id }, { role: changes.role, disabled: changes.disabled, passwordHash, updatedAt: () => 'now()' });
      await this.audit.record(m, {
        actor: actor.username,
        action: 'user.update',
        summary: `User "${user.username}": ${said.join(', ') || 'no change'} / 用户「${user.username}」：${saidZh.join('，') || '无变化'}`,
        details: { userId: id, username: user.username, role: changes.role, disabled: changes.disabled },
      });
      return m.getRepository(UserEntity).findOneByOrFail({ id });
    });
  }

  private async activeAdmins(m: EntityManager): Promise<number> {
    return m.getRepository(UserEntity).countBy({ role: 'admin', disabled: false });
  }
}

// bcrypt hash of a random string nobody knows; only used to spend the same time on unknown usernames.
const DUMMY_HASH = '$2b$10$oDHTcEWXwKYoLkJuX.BE7eFmLUZuP8Clec6wURIB.LONI8/DNL4LO';
