import { AppEntity } from '../apps/app.entity';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { SettingEntity } from '../common/setting.entity';
import { DataApiNonceEntity } from '../data-api/data-api-nonce.entity';
import { DataApiOrderEntity } from '../data-api/data-api-order.entity';
import { OrderStatusHistoryEntity } from '../data-api/order-status-history.entity';
import { OrderSumEntity } from '../data-api/order-sum.entity';
import { VisitPageEntity } from '../data-api/visit-page.entity';
import { DraftEntity } from '../drafts/draft.entity';
import { AppForwardingEntity } from '../forwarding/app-forwarding.entity';
import { ForwardOutboxEntity } from '../forwarding/forward-outbox.entity';
import { InventoryItemEntity } from '../inventory/inventory-item.entity';
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
  DataApiOrderEntity,
  OrderStatusHistoryEntity,
  OrderSumEntity,
  VisitPageEntity,
  DataApiNonceEntity,
  InventoryItemEntity,
];
