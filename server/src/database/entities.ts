import { AppEntity } from '../apps/app.entity';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { SettingEntity } from '../common/setting.entity';
import { DraftEntity } from '../drafts/draft.entity';
import { AppForwardingEntity } from '../forwarding/app-forwarding.entity';
import { ForwardOutboxEntity } from '../forwarding/forward-outbox.entity';
import { ReleaseEntity } from '../releases/release.entity';
import { UserEntity } from '../users/user.entity';
import { VersionEntity } from '../versions/version.entity';

/** Every TypeORM entity of the server. The migrations drift test compares these with migrations/. */
export const ENTITIES: Function[] = [
  SettingEntity,
  UserEntity,
  AppEntity,
  DraftEntity,
  VersionEntity,
  ReleaseEntity,
  AuditEventEntity,
  ForwardOutboxEntity,
  AppForwardingEntity,
];
