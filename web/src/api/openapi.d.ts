// Generated from the server OpenAPI document by `npm run api:types -w web`. Do not edit.

export interface paths {
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['HealthController_check'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/apps/{appid}/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AuditController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AccountAuditController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AuthController_login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AuthController_me'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['UsersController_list'];
    put?: never;
    post: operations['UsersController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: operations['UsersController_update'];
    trace?: never;
  };
  '/api/apps': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AppsController_list'];
    put?: never;
    post: operations['AppsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/apps/{appid}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AppsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: operations['AppsController_update'];
    trace?: never;
  };
  '/api/apps/{appid}/archive': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AppsController_archive'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/apps/{appid}/unarchive': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AppsController_unarchive'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/apps/{appid}/data-api-secret': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AppsController_rotateSecret'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/apps/{appid}/draft': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['DraftsController_get'];
    put: operations['DraftsController_save'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/apps/{appid}/draft/diff/{n}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['DraftDiffController_diff'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/apps/{appid}/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['VersionsController_list'];
    put?: never;
    post: operations['VersionsController_publish'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/apps/{appid}/versions/{n}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['VersionsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/apps/{appid}/versions/{a}/diff/{b}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['VersionsController_diff'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/apps/{appid}/releases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ReleasesController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/apps/{appid}/releases/{env}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ReleasesController_set'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/apps/{appid}/releases/{env}/rollback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ReleasesController_rollback'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/apps/{appid}/forwarding': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ForwardingController_get'];
    put: operations['ForwardingController_update'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/apps/{appid}/forwarding/retry': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ForwardingController_retry'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/apps/{appid}/live': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['LiveController_live'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/apps/{appid}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CollectorQueryController_recent'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/apps/{appid}/coverage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CollectorQueryController_coverage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/data-api/v1/order/add_order': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Add or update main orders / 添加/更新主订单 (Youshu-compatible, signed)
     * @description POST /data-api/v1/order/add_order。同一 external_order_id 重复上报即更新 / Re-sending the same external_order_id updates it. Body schema: the catalog's add_order.schema.json.
     */
    post: operations['add_order'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/data-api/v1/order/add_order_sum': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Daily order totals / 订单日汇总 (Youshu-compatible, signed)
     * @description POST /data-api/v1/order/add_order_sum，每天 06:00 前上报前一天，用于对账 / Report the previous day before 06:00 every day; used for reconciliation. Body schema: the catalog's add_order_sum.schema.json.
     */
    post: operations['add_order_sum'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/data-api/v1/analysis/add_wxapp_visit_page': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Mini-program page visits / 小程序页面访问数据 (Youshu-compatible, signed)
     * @description POST /data-api/v1/analysis/add_wxapp_visit_page：原样转发微信 analysis.getVisitPage 的结果，每天 12:00 前上报 / Relays WeChat's analysis.getVisitPage response unchanged, before 12:00 every day. Body schema: the catalog's add_wxapp_visit_page.schema.json.
     */
    post: operations['add_wxapp_visit_page'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/apps/{appid}/reconciliation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 对账: per China day, add_order_sum vs recomputed from add_order vs from custom_order events */
    get: operations['ReconciliationController_report'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/apps/{appid}/reconciliation/{day}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The orders behind a day’s mismatch, with their ids and what disagrees */
    get: operations['ReconciliationController_drillDown'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/apps/{appid}/inventory': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['InventoryController_list'];
    put?: never;
    post?: never;
    delete: operations['InventoryController_clear'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/config/{appid}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The released config of an app for one environment (public, no login)
     * @description Served from memory. With a gray rollout, `rollout.version` goes to `percent`% of clients chosen by murmur3("<appid>:<env>:<rolloutVersion>:<cid>") % 100 < percent; without `cid` the main version. gzip when Accept-Encoding allows it.
     */
    get: operations['getConfig'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/youshu/api/report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Youshu-compatible event upload (sr-sdk-wxapp 2.1.1 and the runtime; no login, the app token)
     * @description A JSON array of at most 500 envelopes, ≤ 1048576 bytes, or its encrypted form: `Content-Type: application/x-sr-encrypted`, `Content-Encrypting-Key: <key>`, body base64(RC4(UTF-8 JSON, key)). Every event is validated against the Youshu catalog and stored with the result; the answer comes after the commit. A refused upload stores nothing.
     */
    post: operations['reportEvents'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Youshu-compatible event upload (sr-sdk-wxapp 2.1.1 and the runtime; no login, the app token)
     * @description A JSON array of at most 500 envelopes, ≤ 1048576 bytes, or its encrypted form: `Content-Type: application/x-sr-encrypted`, `Content-Encrypting-Key: <key>`, body base64(RC4(UTF-8 JSON, key)). Every event is validated against the Youshu catalog and stored with the result; the answer comes after the commit. A refused upload stores nothing.
     */
    post: operations['reportEventsAlias'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    ApiErrorResponseDto: {
      /** @example 400 */
      statusCode: number;
      /**
       * @description Stable machine code
       * @example validation_failed
       */
      code: string;
      /** @example appid: must be "wx" followed by 16 lowercase hex digits */
      message: string;
      /** @description Field errors (400) or config violations (200 draft, 422 publish) */
      errors?: Record<string, never>[];
    };
    AuditEventResponseDto: {
      /** @example 42 */
      id: string;
      /** @example alice */
      actor: string;
      /** @example version.publish */
      action: string;
      /** @example Published version 3: new checkout rules */
      summary: string;
      details: {
        [key: string]: unknown;
      } | null;
      /** Format: date-time */
      createdAt: string;
    };
    AuditPageResponseDto: {
      items: components['schemas']['AuditEventResponseDto'][];
      /** @description Pass as `before` to read older events */
      nextBefore: string | null;
    };
    LoginDto: {
      /** @example admin */
      username: string;
      /** @example admin-password */
      password: string;
    };
    LoginResponseDto: {
      /** @description Bearer token for the Authorization header */
      token: string;
      /**
       * @description Seconds until the token expires
       * @example 43200
       */
      expiresIn: number;
    };
    MeResponseDto: {
      /** Format: uuid */
      id: string;
      /** @example alice */
      username: string;
      /** @enum {string} */
      role: 'admin' | 'publisher' | 'editor' | 'viewer';
    };
    UserResponseDto: {
      /** Format: uuid */
      id: string;
      /** @example alice */
      username: string;
      /** @enum {string} */
      role: 'admin' | 'publisher' | 'editor' | 'viewer';
      disabled: boolean;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    CreateUserDto: {
      /** @example alice */
      username: string;
      password: string;
      /** @enum {string} */
      role: 'admin' | 'publisher' | 'editor' | 'viewer';
    };
    UpdateUserDto: {
      /** @enum {string} */
      role?: 'admin' | 'publisher' | 'editor' | 'viewer';
      disabled?: boolean;
      /** @description A new password (admin reset) */
      password?: string;
    };
    CreateAppDto: {
      /** @example wx0123456789abcdef */
      appid: string;
      /** @example 好物商城 */
      name: string;
      /** @description Youshu's token for this mini-program (sr-sdk-wxapp `token`) */
      youshuToken?: string;
    };
    AppCreatedResponseDto: {
      /** @example wx0123456789abcdef */
      appid: string;
      /** @example 好物商城 */
      name: string;
      youshuToken: string | null;
      /** @description The `token` the runtime and sr-sdk-wxapp send to the collector */
      collectorToken: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      /** Format: date-time */
      archivedAt: string | null;
      /** @description Shown only now; store it safely. Rotate to get a new one. */
      dataApiSecret: string;
    };
    AppResponseDto: {
      /** @example wx0123456789abcdef */
      appid: string;
      /** @example 好物商城 */
      name: string;
      youshuToken: string | null;
      /** @description The `token` the runtime and sr-sdk-wxapp send to the collector */
      collectorToken: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      /** Format: date-time */
      archivedAt: string | null;
    };
    UpdateAppDto: {
      name?: string;
      /** @description null removes it */
      youshuToken?: string | null;
    };
    DataApiSecretResponseDto: {
      /** @description Shown only now; store it safely. Rotate to get a new one. */
      dataApiSecret: string;
    };
    ViolationMessageDto: {
      /** @example 缺少必填字段 page_title */
      zh: string;
      /** @example missing required field page_title */
      en: string;
    };
    ViolationDto: {
      /**
       * @description JSON Pointer into the config
       * @example /pages/0/rules/1/props
       */
      path: string;
      /** @example required */
      code: string;
      /** @enum {string} */
      severity: 'error' | 'warning';
      message: components['schemas']['ViolationMessageDto'];
    };
    DraftResponseDto: {
      config: {
        [key: string]: unknown;
      };
      /**
       * @description Send it back with the next PUT
       * @example 4
       */
      revision: number;
      /** @description True when the draft can be published (no violation of severity error) */
      valid: boolean;
      /** @description Every violation, errors and warnings, in document order */
      errors: components['schemas']['ViolationDto'][];
      updatedBy: string | null;
      /** Format: date-time */
      updatedAt: string;
    };
    SaveDraftDto: {
      /** @description The tracking config (saved even when invalid; the response lists the problems) */
      config: {
        [key: string]: unknown;
      };
      /**
       * @description The revision this edit started from (from GET)
       * @example 3
       */
      revision: number;
    };
    VersionResponseDto: {
      /** @example 3 */
      number: number;
      /** @description sha256 hex of the canonical JSON; the delivery ETag */
      hash: string;
      /** @example 18432 */
      sizeBytes: number;
      /** @example Track the new checkout button */
      message: string;
      /** @example alice */
      author: string;
      /** Format: date-time */
      createdAt: string;
      /** @description The published config */
      content: {
        [key: string]: unknown;
      };
    };
    ItemRefDto: {
      /** @example tap-buy */
      id: string;
      item: {
        [key: string]: unknown;
      };
    };
    FieldChangeDto: {
      /**
       * @description Dotted path inside the item
       * @example trigger.on
       */
      field: string;
      /** @description Absent when the field was added */
      before?: Record<string, never>;
      /** @description Absent when the field was removed */
      after?: Record<string, never>;
    };
    ChangedItemDto: {
      /** @example goods-view */
      id: string;
      fields: components['schemas']['FieldChangeDto'][];
    };
    ItemChangesDto: {
      added: components['schemas']['ItemRefDto'][];
      removed: components['schemas']['ItemRefDto'][];
      changed: components['schemas']['ChangedItemDto'][];
    };
    ConfigDiffDto: {
      identical: boolean;
      pages: components['schemas']['ItemChangesDto'];
      /** @description Page rules and global rules by id; `page` names the page */
      rules: components['schemas']['ItemChangesDto'];
      chan: components['schemas']['ItemChangesDto'];
      user: components['schemas']['ItemChangesDto'];
      /** @description By variable name */
      variables: components['schemas']['ItemChangesDto'];
      propagate: components['schemas']['ItemChangesDto'];
      settings: components['schemas']['FieldChangeDto'][];
      presets: components['schemas']['FieldChangeDto'][];
      /** @description Other top-level fields */
      document: components['schemas']['FieldChangeDto'][];
    };
    DraftDiffResponseDto: {
      /** @description The version compared against, with its document */
      from: components['schemas']['VersionResponseDto'];
      /**
       * @description The draft revision compared
       * @example 7
       */
      revision: number;
      changes: components['schemas']['ConfigDiffDto'];
    };
    PublishVersionDto: {
      /** @example Track the new checkout button */
      message?: string;
    };
    PublishedVersionDto: {
      /** @example 3 */
      number: number;
      /** @description sha256 hex of the canonical JSON; the delivery ETag */
      hash: string;
      /** @example 18432 */
      sizeBytes: number;
      /** @example Track the new checkout button */
      message: string;
      /** @example alice */
      author: string;
      /** Format: date-time */
      createdAt: string;
      /** @description Warnings (code not_observed) for rules pointing at a route, method, data path, component or URL no device reported in a debug session; empty while the app has no inventory */
      warnings: components['schemas']['ViolationDto'][];
    };
    VersionSummaryDto: {
      /** @example 3 */
      number: number;
      /** @description sha256 hex of the canonical JSON; the delivery ETag */
      hash: string;
      /** @example 18432 */
      sizeBytes: number;
      /** @example Track the new checkout button */
      message: string;
      /** @example alice */
      author: string;
      /** Format: date-time */
      createdAt: string;
    };
    VersionPageResponseDto: {
      items: components['schemas']['VersionSummaryDto'][];
      /** @description Pass as `before` to read older versions */
      nextBefore: number | null;
    };
    VersionDiffResponseDto: {
      from: components['schemas']['VersionResponseDto'];
      to: components['schemas']['VersionResponseDto'];
      changes: components['schemas']['ConfigDiffDto'];
    };
    RolloutResponseDto: {
      /** @example 4 */
      version: number;
      /** @example 10 */
      percent: number;
    };
    ReleaseResponseDto: {
      /** @enum {string} */
      env: 'develop' | 'trial' | 'release';
      /** @example 3 */
      version: number | null;
      rollout: components['schemas']['RolloutResponseDto'] | null;
      /** @example alice */
      updatedBy: string | null;
      /** Format: date-time */
      updatedAt: string | null;
    };
    ReleasesResponseDto: {
      /** @example wx0123456789abcdef */
      appid: string;
      /** @description develop, trial and release, in that order */
      releases: components['schemas']['ReleaseResponseDto'][];
    };
    RolloutDto: {
      /**
       * @description The version served to `percent`% of clients
       * @example 4
       */
      version: number;
      /**
       * @description Share of clients, chosen by a stable hash of cid
       * @example 10
       */
      percent: number;
    };
    SetReleaseDto: {
      /**
       * @description The version every client gets (the rest, during a rollout)
       * @example 3
       */
      version: number;
      /** @description Gray rollout of a second version; omit to end one */
      rollout?: components['schemas']['RolloutDto'];
    };
    RollbackReleaseDto: {
      /**
       * @description The version to serve again; any gray rollout ends
       * @example 2
       */
      toVersion: number;
      /**
       * @description Why, for the audit log
       * @example order events doubled after v3
       */
      reason: string;
    };
    OutboxCountsDto: {
      pending: number;
      delivered: number;
      dead: number;
    };
    DeadLetterDto: {
      /** @example 42 */
      id: string;
      /** @enum {string} */
      kind: 'youshu-report' | 'youshu-data-api';
      attempts: number;
      lastError: string | null;
      /** Format: date-time */
      createdAt: string;
    };
    ForwardingResponseDto: {
      /** @example wx0123456789abcdef */
      appid: string;
      reportEnabled: boolean;
      reportUrl: string | null;
      dataApiEnabled: boolean;
      dataApiBaseUrl: string | null;
      youshuAppId: string | null;
      /** @description Whether a Youshu app_secret is stored (the secret itself is never returned) */
      youshuAppSecretSet: boolean;
      /** Format: date-time */
      updatedAt: string | null;
      /** @description This app's outbox rows per state */
      outbox: components['schemas']['OutboxCountsDto'];
      /** @description The newest dead letters (at most 20), newest first */
      deadLetters: components['schemas']['DeadLetterDto'][];
    };
    UpdateForwardingDto: {
      /** @description Forward collected events to reportUrl */
      reportEnabled?: boolean;
      /** @example https://zhls.qq.com/api/report */
      reportUrl?: string | null;
      /** @description Forward accepted data API calls to dataApiBaseUrl */
      dataApiEnabled?: boolean;
      /** @example https://zhls.qq.com */
      dataApiBaseUrl?: string | null;
      /** @description The merchant's real Youshu app_id */
      youshuAppId?: string | null;
      /** @description The merchant's real Youshu app_secret; stored encrypted, never returned */
      youshuAppSecret?: string | null;
    };
    RetryResponseDto: {
      /** @description Dead rows put back to pending */
      retried: number;
    };
    CollectedEventResponseDto: {
      /**
       * @description Increasing per database; a stream resumes after the last one seen
       * @example 1042
       */
      id: string;
      /** Format: date-time */
      receivedAt: string;
      /**
       * @description The Youshu behaviour (envelope `type`)
       * @example browse_sku_page
       */
      type: string;
      /**
       * @description `props.page`
       * @example pages/goods/detail?id=SKU10002
       */
      page?: string;
      /** @description The event props exactly as uploaded */
      props: {
        [key: string]: unknown;
      };
      /** @description `props.chan` */
      chan?: {
        [key: string]: unknown;
      };
      /** @description No catalog violation of severity error */
      valid: boolean;
      /** @description Catalog violations, JSON Pointers into `props` */
      errors: components['schemas']['ViolationDto'][];
      /** @description Config version the runtime ran (debug sessions) */
      configVersion?: Record<string, never> | null;
      /**
       * @description The rule that fired (debug sessions)
       * @example r-detail
       */
      ruleId?: Record<string, never> | null;
      /** @description Debug session (`trackway_debug` launch query) */
      session?: Record<string, never> | null;
      /**
       * @description Envelope `from`
       * @example sr-sdk-wxapp
       */
      source?: Record<string, never> | null;
      extUniqId?: Record<string, never> | null;
    };
    CollectedEventListResponseDto: {
      /** @description Oldest first (the newest `limit` events) */
      events: components['schemas']['CollectedEventResponseDto'][];
    };
    AnalysisFieldSharesDto: {
      /**
       * @description `chan.guide_id`
       * @example 1
       */
      guide_id: number;
      /**
       * @description `chan.room_id` (sr-sdk-wxapp 2.1.1) or top-level `room_id` (1.8)
       * @example 0.25
       */
      room_id: number;
      /**
       * @description `chan.weixinadinfo`
       * @example 0.5
       */
      weixinadinfo: number;
      /**
       * @description `chan.chan_shop_id`
       * @example 0
       */
      chan_shop_id: number;
      /**
       * @description `wx_user.union_id`
       * @example 1
       */
      union_id: number;
    };
    BehaviourCoverageDto: {
      /** @example browse_sku_page */
      type: string;
      /** @example 120 */
      count: number;
      /**
       * @description Share (0–1) of events without a catalog error
       * @example 0.95
       */
      validShare: number;
      fields: components['schemas']['AnalysisFieldSharesDto'];
    };
    CoverageResponseDto: {
      /** Format: date-time */
      from: string;
      /** Format: date-time */
      to: string;
      /** @description One entry per behaviour seen, by type */
      behaviours: components['schemas']['BehaviourCoverageDto'][];
    };
    ItemResultDto: {
      /** @description Position in `orders` / `rawMsg` */
      index: number;
      /** @description external_order_id, or the day for sums and visits */
      id: string | null;
      accepted: boolean;
      /** @description Why it was refused (zh + en), JSON Pointers into the body */
      errors: components['schemas']['ViolationDto'][];
      /** @description Stored anyway: amount relations, unconfirmed facts */
      warnings: components['schemas']['ViolationDto'][];
    };
    DataApiResultsDto: {
      accepted: number;
      refused: number;
      results: components['schemas']['ItemResultDto'][];
    };
    DataApiAnswerDto: {
      /**
       * @description 0 all stored, 1001 some items refused (the others stored)
       * @example 0
       */
      retcode: number;
      /** @example ok */
      errmsg: string;
      data: components['schemas']['DataApiResultsDto'];
    };
    DataApiErrorDto: {
      /**
       * @description 1002 all_refused, 4000 invalid_body, 4001 missing_signature_params, 4002 unknown_app_id, 4003 bad_signature, 4004 stale_timestamp, 4005 nonce_reused, 4006 app_archived
       * @example 4003
       */
      retcode: number;
      errmsg: string;
      /** @description `code` (stable), plus `errors` (invalid_body) or `accepted`/`refused`/`results` (all_refused) */
      data: {
        [key: string]: unknown;
      };
    };
    OrderFiguresDto: {
      /** @description Σ payment_amount of orders placed that day (yuan) */
      giveOrderAmountSum: number;
      /** @description Orders placed that day */
      giveOrderNumSum: number;
      /** @description Σ payment_amount of orders paid that day (yuan) */
      paymentAmountSum: number;
      /** @description Orders paid that day */
      payedNumSum: number;
    };
    ReconciliationDayDto: {
      /** @example 2026-12-01 */
      day: string;
      /** @description add_order_sum as reported; null if not sent */
      reported: components['schemas']['OrderFiguresDto'] | null;
      /** @description Recomputed from the add_order rows */
      recomputed: components['schemas']['OrderFiguresDto'];
      /** @description Recomputed from the collector's custom_order events; null when there is no collector data source */
      collector: components['schemas']['OrderFiguresDto'] | null;
      /** @description Any figure differs from recomputed (reported or collector) */
      mismatch: boolean;
      /**
       * @example [
       *       "reported.giveOrderNumSum",
       *       "collector.paymentAmountSum"
       *     ]
       */
      mismatchedFields: string[];
    };
    ReconciliationReportDto: {
      /** @example wx0123456789abcdef */
      appid: string;
      from: string;
      to: string;
      /** @description Whether collector figures could be computed */
      collectorAvailable: boolean;
      days: components['schemas']['ReconciliationDayDto'][];
    };
    AddOrderSideDto: {
      orderStatus: string;
      paymentAmount: number;
      placedDay: string | null;
      paidDay: string | null;
    };
    CollectorSideDto: {
      placedDay: string | null;
      paidDay: string | null;
      /** @description Σ sub_orders[].pay_amt (yuan) */
      amount: number | null;
    };
    ReconciliationOrderDto: {
      /** @description external_order_id = the custom_order order_id */
      orderId: string;
      /** @description null: never reported with add_order */
      addOrder: components['schemas']['AddOrderSideDto'] | null;
      /** @description null: no custom_order event (or no collector) */
      collector: components['schemas']['CollectorSideDto'] | null;
      /** @description missing_in_collector, missing_in_add_order, not_paid_in_collector, not_paid_in_add_order, placed_day_differs, paid_day_differs, amount_differs */
      problems: string[];
    };
    ReconciliationDrillDownDto: {
      summary: components['schemas']['ReconciliationDayDto'];
      collectorAvailable: boolean;
      /** @description Orders placed or paid that day (by either side) */
      orders: components['schemas']['ReconciliationOrderDto'][];
      /** @description More orders exist than listed (the list stops at 2,000) */
      truncated: boolean;
    };
    InventoryItemResponseDto: {
      /** @enum {string} */
      kind: 'page' | 'method' | 'component' | 'data' | 'request' | 'payment' | 'expose';
      /**
       * @description Page route ('' when none); the component path for kind component
       * @example pages/goods/detail
       */
      route: string;
      /**
       * @description Method name, data path (goods.skus[0].id), 'METHOD url', 'api outcome' or selector; '' for a page
       * @example onAddCart
       */
      name: string;
      /** @description The last sample value (masked and size-limited on the device) */
      sample: Record<string, never> | null;
      /**
       * @description Reports merged into this item (one per debug launch that saw it)
       * @example 3
       */
      count: number;
      /** Format: date-time */
      firstSeen: string;
      /** Format: date-time */
      lastSeen: string;
      /** @description Config version the device ran at the last report */
      configVersion: number | null;
    };
    InventoryResponseDto: {
      /** @description Sorted by kind, route, name */
      items: components['schemas']['InventoryItemResponseDto'][];
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  HealthController_check: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The server is up and PostgreSQL answers. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description PostgreSQL does not answer. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AuditController_list: {
    parameters: {
      query?: {
        limit?: number;
        /** @description `nextBefore` of the previous page */
        before?: string;
      };
      header?: never;
      path: {
        appid: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Newest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditPageResponseDto'];
        };
      };
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      /** @description app_not_found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
    };
  };
  AccountAuditController_list: {
    parameters: {
      query?: {
        limit?: number;
        /** @description `nextBefore` of the previous page */
        before?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Account changes (no app), newest first; admins only */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditPageResponseDto'];
        };
      };
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      /** @description Needs role admin or higher */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
    };
  };
  AuthController_login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LoginResponseDto'];
        };
      };
      /** @description Wrong username or password */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      /** @description Too many attempts for this IP and username */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
    };
  };
  AuthController_me: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeResponseDto'];
        };
      };
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
    };
  };
  UsersController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserResponseDto'][];
        };
      };
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      /** @description Needs role admin or higher */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
    };
  };
  UsersController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateUserDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserResponseDto'];
        };
      };
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      /** @description Needs role admin or higher */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      /** @description username_taken */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
    };
  };
  UsersController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateUserDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserResponseDto'];
        };
      };
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      /** @description Needs role admin or higher */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      /** @description last_admin: the last active admin cannot be demoted or disabled */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
    };
  };
  AppsController_list: {
    parameters: {
      query?: {
        /** @description Include archived apps */
        includeArchived?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AppResponseDto'][];
        };
      };
      /** @description validation_failed (the message names the field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
    };
  };
  AppsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateAppDto'];
      };
    };
    responses: {
      /** @description dataApiSecret is shown only in this response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AppCreatedResponseDto'];
        };
      };
      /** @description validation_failed (the message names the field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      /** @description Needs role admin or higher */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      /** @description app_exists */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
    };
  };
  AppsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        appid: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AppResponseDto'];
        };
      };
      /** @description validation_failed (the message names the field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      /** @description app_not_found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
    };
  };
  AppsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        appid: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateAppDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AppResponseDto'];
        };
      };
      /** @description validation_failed (the message names the field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      /** @description Needs role admin or higher */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      /** @description app_not_found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      /** @description app_archived */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
    };
  };
  AppsController_archive: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        appid: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AppResponseDto'];
        };
      };
      /** @description validation_failed (the message names the field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      /** @description Needs role admin or higher */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      /** @description app_not_found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
    };
  };
  AppsController_unarchive: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        appid: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AppResponseDto'];
        };
      };
      /** @description validation_failed (the message names the field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      /** @description Needs role admin or higher */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      /** @description app_not_found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
    };
  };
  AppsController_rotateSecret: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        appid: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The new secret; the old one stops working */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DataApiSecretResponseDto'];
        };
      };
      /** @description validation_failed (the message names the field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      /** @description Needs role admin or higher */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      /** @description app_not_found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      /** @description app_archived */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
    };
  };
  DraftsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        appid: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DraftResponseDto'];
        };
      };
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      /** @description app_not_found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
    };
  };
  DraftsController_save: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        appid: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SaveDraftDto'];
      };
    };
    responses: {
      /** @description Saved, valid or not; `errors` lists the problems */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DraftResponseDto'];
        };
      };
      /** @description validation_failed: config is not an object, revision missing */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      /** @description Needs role editor or higher */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      /** @description app_not_found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      /** @description stale_revision (with currentRevision): someone saved meanwhile; or app_archived */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
    };
  };
  DraftDiffController_diff: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        appid: string;
        n: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description What changed from version n to the current draft */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DraftDiffResponseDto'];
        };
      };
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      /** @description app_not_found, version_not_found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
    };
  };
  VersionsController_list: {
    parameters: {
      query?: {
        limit?: number;
        /** @description Only versions older than this number (`nextBefore` of the previous page) */
        before?: number;
      };
      header?: never;
      path: {
        appid: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Newest first, without the documents */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VersionPageResponseDto'];
        };
      };
      /** @description validation_failed (the message names the field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      /** @description app_not_found, version_not_found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
    };
  };
  VersionsController_publish: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        appid: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PublishVersionDto'];
      };
    };
    responses: {
      /** @description The draft, published as the next version, with the publish check warnings */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublishedVersionDto'];
        };
      };
      /** @description validation_failed (the message names the field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      /** @description Needs role publisher or higher */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      /** @description app_not_found, version_not_found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      /** @description app_archived */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      /** @description invalid_config (with errors) or config_too_large */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
    };
  };
  VersionsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        appid: string;
        n: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VersionResponseDto'];
        };
      };
      /** @description validation_failed (the message names the field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      /** @description app_not_found, version_not_found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
    };
  };
  VersionsController_diff: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        appid: string;
        /** @description The older version */
        a: number;
        /** @description The newer version */
        b: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description What changed from version a to version b, and both documents */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VersionDiffResponseDto'];
        };
      };
      /** @description validation_failed (the message names the field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      /** @description app_not_found, version_not_found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
    };
  };
  ReleasesController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        appid: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description What each environment serves now */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReleasesResponseDto'];
        };
      };
      /** @description `app_not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
    };
  };
  ReleasesController_set: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        appid: string;
        /** @description WeChat's envVersion */
        env: 'develop' | 'trial' | 'release';
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SetReleaseDto'];
      };
    };
    responses: {
      /** @description The environment serves this from now on */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReleaseResponseDto'];
        };
      };
      /** @description Needs role publisher or higher */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      /** @description `app_not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      /** @description `app_archived` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      /** @description `version_not_found`, `rollout_same_version` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
    };
  };
  ReleasesController_rollback: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        appid: string;
        /** @description WeChat's envVersion */
        env: 'develop' | 'trial' | 'release';
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RollbackReleaseDto'];
      };
    };
    responses: {
      /** @description The environment serves `toVersion` again, rollout ended */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReleaseResponseDto'];
        };
      };
      /** @description Needs role publisher or higher */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      /** @description `app_not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      /** @description `not_released`, `app_archived` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      /** @description `version_not_found` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
    };
  };
  ForwardingController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        appid: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Settings (never the secret), outbox counts, dead letters */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ForwardingResponseDto'];
        };
      };
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      /** @description app_not_found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
    };
  };
  ForwardingController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        appid: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateForwardingDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ForwardingResponseDto'];
        };
      };
      /** @description validation_failed (names the field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      /** @description Needs role admin or higher */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      /** @description app_not_found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      /** @description app_archived, youshu_app_id_taken */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
    };
  };
  ForwardingController_retry: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        appid: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Puts every dead row of the app back to pending */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RetryResponseDto'];
        };
      };
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      /** @description Needs role publisher or higher */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      /** @description app_not_found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      /** @description app_archived */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
    };
  };
  LiveController_live: {
    parameters: {
      query?: {
        /** @description Only this debug session (`trackway_debug`) */
        session?: string;
        /** @description Only this behaviour */
        event?: string;
        /** @description The login token, for browsers: EventSource cannot send an Authorization header. Accepted on this route only (docs/adr/007-collector-event-store.md); an Authorization: Bearer header works too. */
        access_token?: string;
      };
      header?: never;
      path: {
        appid: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Server-Sent Events: one `event: events` message per stored batch, `data` = a JSON array of CollectedEventResponseDto (as GET /api/apps/{appid}/events returns them), filtered by session and event. Upload → message in well under 1 s, whichever instance received the upload. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/event-stream': components['schemas']['ApiErrorResponseDto'];
        };
      };
      /** @description app_not_found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/event-stream': components['schemas']['ApiErrorResponseDto'];
        };
      };
    };
  };
  CollectorQueryController_recent: {
    parameters: {
      query?: {
        /** @description Only this debug session (`trackway_debug`) */
        session?: string;
        /** @description Only this behaviour */
        event?: string;
        limit?: number;
      };
      header?: never;
      path: {
        appid: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The newest events received by the collector, oldest first: the live page fills itself with these */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CollectedEventListResponseDto'];
        };
      };
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      /** @description app_not_found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
    };
  };
  CollectorQueryController_coverage: {
    parameters: {
      query?: {
        /** @description Window start (inclusive); default `to` − 24 h */
        from?: string;
        /** @description Window end (exclusive); default now */
        to?: string;
      };
      header?: never;
      path: {
        appid: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Observed coverage per behaviour in [from, to) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CoverageResponseDto'];
        };
      };
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      /** @description app_not_found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
    };
  };
  add_order: {
    parameters: {
      query: {
        /** @description The app's WeChat appid (Trackway secret) or the merchant's Youshu app_id */
        app_id: string;
        /** @description Random string, ≤ 64 characters, never reused */
        nonce: string;
        /** @description Always sha256 */
        sign: 'sha256';
        /** @description Unix time in SECONDS, within ±300 s of the server */
        timestamp: string;
        /** @description hex HMAC-SHA256(secret, "app_id=…&nonce=…&sign=sha256&timestamp=…") */
        signature: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': Record<string, never>;
      };
    };
    responses: {
      /** @description retcode 0 all stored, 1001 some items refused */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DataApiAnswerDto'];
        };
      };
      /** @description invalid_body, missing_signature_params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DataApiErrorDto'];
        };
      };
      /** @description unknown_app_id, bad_signature, stale_timestamp, nonce_reused */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DataApiErrorDto'];
        };
      };
      /** @description app_archived */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DataApiErrorDto'];
        };
      };
      /** @description all_refused (per-item reasons in data.results) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DataApiErrorDto'];
        };
      };
    };
  };
  add_order_sum: {
    parameters: {
      query: {
        /** @description The app's WeChat appid (Trackway secret) or the merchant's Youshu app_id */
        app_id: string;
        /** @description Random string, ≤ 64 characters, never reused */
        nonce: string;
        /** @description Always sha256 */
        sign: 'sha256';
        /** @description Unix time in SECONDS, within ±300 s of the server */
        timestamp: string;
        /** @description hex HMAC-SHA256(secret, "app_id=…&nonce=…&sign=sha256&timestamp=…") */
        signature: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': Record<string, never>;
      };
    };
    responses: {
      /** @description retcode 0 all stored, 1001 some items refused */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DataApiAnswerDto'];
        };
      };
      /** @description invalid_body, missing_signature_params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DataApiErrorDto'];
        };
      };
      /** @description unknown_app_id, bad_signature, stale_timestamp, nonce_reused */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DataApiErrorDto'];
        };
      };
      /** @description app_archived */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DataApiErrorDto'];
        };
      };
      /** @description all_refused (per-item reasons in data.results) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DataApiErrorDto'];
        };
      };
    };
  };
  add_wxapp_visit_page: {
    parameters: {
      query: {
        /** @description The app's WeChat appid (Trackway secret) or the merchant's Youshu app_id */
        app_id: string;
        /** @description Random string, ≤ 64 characters, never reused */
        nonce: string;
        /** @description Always sha256 */
        sign: 'sha256';
        /** @description Unix time in SECONDS, within ±300 s of the server */
        timestamp: string;
        /** @description hex HMAC-SHA256(secret, "app_id=…&nonce=…&sign=sha256&timestamp=…") */
        signature: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': Record<string, never>;
      };
    };
    responses: {
      /** @description retcode 0 all stored, 1001 some items refused */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DataApiAnswerDto'];
        };
      };
      /** @description invalid_body, missing_signature_params */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DataApiErrorDto'];
        };
      };
      /** @description unknown_app_id, bad_signature, stale_timestamp, nonce_reused */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DataApiErrorDto'];
        };
      };
      /** @description app_archived */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DataApiErrorDto'];
        };
      };
      /** @description all_refused (per-item reasons in data.results) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DataApiErrorDto'];
        };
      };
    };
  };
  ReconciliationController_report: {
    parameters: {
      query: {
        /** @description First day (China time), YYYY-MM-DD */
        from: string;
        /** @description Last day included; at most 92 days after from */
        to: string;
      };
      header?: never;
      path: {
        appid: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReconciliationReportDto'];
        };
      };
      /** @description validation_failed (names the field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      /** @description app_not_found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
    };
  };
  ReconciliationController_drillDown: {
    parameters: {
      query?: {
        /** @description Also list the orders without a problem (default: only mismatching ones) */
        all?: boolean;
      };
      header?: never;
      path: {
        appid: string;
        day: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReconciliationDrillDownDto'];
        };
      };
      /** @description validation_failed (names the field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      /** @description app_not_found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
    };
  };
  InventoryController_list: {
    parameters: {
      query?: {
        /** @description Only items of this kind */
        kind?: 'page' | 'method' | 'component' | 'data' | 'request' | 'payment' | 'expose';
        /** @description Only this route (a page route, or a component path) */
        route?: string;
      };
      header?: never;
      path: {
        appid: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description What devices saw in debug sessions (trackway_debug), merged over sessions: routes, methods, data paths… */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InventoryResponseDto'];
        };
      };
      /** @description validation_failed (kind, route) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      /** @description app_not_found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
    };
  };
  InventoryController_clear: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        appid: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The inventory is empty; the next debug session fills it again */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      /** @description Needs role editor or higher */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
      /** @description app_not_found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorResponseDto'];
        };
      };
    };
  };
  getConfig: {
    parameters: {
      query?: {
        env?: 'develop' | 'trial' | 'release';
        /** @description Stable client id */
        cid?: string;
      };
      header?: {
        'If-None-Match'?: string;
      };
      path: {
        appid: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The config */
      200: {
        headers: {
          /** @description `"<hash>"`: sha256 of the canonical config */
          ETag?: string;
          'Cache-Control'?: string;
          Vary?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            appid: string;
            /** @enum {string} */
            env: 'develop' | 'trial' | 'release';
            version: number;
            /** @description sha256 hex of the canonical config */
            hash: string;
            /** Format: date-time */
            publishedAt: string;
            /** @description The tracking config */
            config: Record<string, never>;
            /** @description The config precompiled for the mini-program runtime (precompileConfig of @trackway/language): presets expanded, templates parsed, patterns as RegExp sources. `runtimeFormat` gives its version; a runtime ignores a format it cannot read. */
            runtime: Record<string, never>;
            /** @description sha256 hex of the canonical JSON of `runtime` */
            runtimeHash: string;
            /** @description FNV-1a 32 (base 36) of the key-sorted JSON of `runtime` (sortedJson), checked by the runtime (docs/adr/011) */
            runtimeSum: string;
          };
        };
      };
      /** @description If-None-Match matches the ETag this client would get */
      304: {
        headers: {
          /** @description `"<hash>"`: sha256 of the canonical config */
          ETag?: string;
          'Cache-Control'?: string;
          Vary?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description `invalid_env` or `invalid_request` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            statusCode: number;
            code: string;
            message: string;
          };
        };
      };
      /** @description `app_not_found` or `not_released` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            statusCode: number;
            code: string;
            message: string;
          };
        };
      };
    };
  };
  reportEvents: {
    parameters: {
      query: {
        token: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @example browse_sku_page */
          type: string;
          /** @description Youshu props; `props.trackway = {session, version, rule_id}` in a runtime debug session */
          props: Record<string, never>;
          /** @example sr-sdk-wxapp */
          from?: string;
          tracking_id?: string;
          log_id?: number;
          /** @description When present, a retried upload is stored once (per app) */
          ext_uniq_id?: string;
        }[];
        'application/x-sr-encrypted': string;
      };
    };
    responses: {
      /** @description `{code: 0, msg: "ok"}`: stored */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description 0: stored. Otherwise nothing of the upload was stored */
            code: number;
            msg: string;
            /** @example invalid_events */
            error?: string;
            errors?: {
              /**
               * @description JSON Pointer into the body
               * @example /3/props
               */
              path?: string;
              message?: {
                zh?: string;
                en?: string;
              };
            }[];
          };
        };
      };
      /** @description invalid_json, invalid_events, too_many_events, invalid_encryption */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description 0: stored. Otherwise nothing of the upload was stored */
            code: number;
            msg: string;
            /** @example invalid_events */
            error?: string;
            errors?: {
              /**
               * @description JSON Pointer into the body
               * @example /3/props
               */
              path?: string;
              message?: {
                zh?: string;
                en?: string;
              };
            }[];
          };
        };
      };
      /** @description invalid_token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description 0: stored. Otherwise nothing of the upload was stored */
            code: number;
            msg: string;
            /** @example invalid_events */
            error?: string;
            errors?: {
              /**
               * @description JSON Pointer into the body
               * @example /3/props
               */
              path?: string;
              message?: {
                zh?: string;
                en?: string;
              };
            }[];
          };
        };
      };
      /** @description payload_too_large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description 0: stored. Otherwise nothing of the upload was stored */
            code: number;
            msg: string;
            /** @example invalid_events */
            error?: string;
            errors?: {
              /**
               * @description JSON Pointer into the body
               * @example /3/props
               */
              path?: string;
              message?: {
                zh?: string;
                en?: string;
              };
            }[];
          };
        };
      };
      /** @description rate_limited (per token and instance), with Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description 0: stored. Otherwise nothing of the upload was stored */
            code: number;
            msg: string;
            /** @example invalid_events */
            error?: string;
            errors?: {
              /**
               * @description JSON Pointer into the body
               * @example /3/props
               */
              path?: string;
              message?: {
                zh?: string;
                en?: string;
              };
            }[];
          };
        };
      };
      /** @description unavailable: starting, or the database is down; retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description 0: stored. Otherwise nothing of the upload was stored */
            code: number;
            msg: string;
            /** @example invalid_events */
            error?: string;
            errors?: {
              /**
               * @description JSON Pointer into the body
               * @example /3/props
               */
              path?: string;
              message?: {
                zh?: string;
                en?: string;
              };
            }[];
          };
        };
      };
    };
  };
  reportEventsAlias: {
    parameters: {
      query: {
        token: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @example browse_sku_page */
          type: string;
          /** @description Youshu props; `props.trackway = {session, version, rule_id}` in a runtime debug session */
          props: Record<string, never>;
          /** @example sr-sdk-wxapp */
          from?: string;
          tracking_id?: string;
          log_id?: number;
          /** @description When present, a retried upload is stored once (per app) */
          ext_uniq_id?: string;
        }[];
        'application/x-sr-encrypted': string;
      };
    };
    responses: {
      /** @description `{code: 0, msg: "ok"}`: stored */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description 0: stored. Otherwise nothing of the upload was stored */
            code: number;
            msg: string;
            /** @example invalid_events */
            error?: string;
            errors?: {
              /**
               * @description JSON Pointer into the body
               * @example /3/props
               */
              path?: string;
              message?: {
                zh?: string;
                en?: string;
              };
            }[];
          };
        };
      };
      /** @description invalid_json, invalid_events, too_many_events, invalid_encryption */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description 0: stored. Otherwise nothing of the upload was stored */
            code: number;
            msg: string;
            /** @example invalid_events */
            error?: string;
            errors?: {
              /**
               * @description JSON Pointer into the body
               * @example /3/props
               */
              path?: string;
              message?: {
                zh?: string;
                en?: string;
              };
            }[];
          };
        };
      };
      /** @description invalid_token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description 0: stored. Otherwise nothing of the upload was stored */
            code: number;
            msg: string;
            /** @example invalid_events */
            error?: string;
            errors?: {
              /**
               * @description JSON Pointer into the body
               * @example /3/props
               */
              path?: string;
              message?: {
                zh?: string;
                en?: string;
              };
            }[];
          };
        };
      };
      /** @description payload_too_large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description 0: stored. Otherwise nothing of the upload was stored */
            code: number;
            msg: string;
            /** @example invalid_events */
            error?: string;
            errors?: {
              /**
               * @description JSON Pointer into the body
               * @example /3/props
               */
              path?: string;
              message?: {
                zh?: string;
                en?: string;
              };
            }[];
          };
        };
      };
      /** @description rate_limited (per token and instance), with Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description 0: stored. Otherwise nothing of the upload was stored */
            code: number;
            msg: string;
            /** @example invalid_events */
            error?: string;
            errors?: {
              /**
               * @description JSON Pointer into the body
               * @example /3/props
               */
              path?: string;
              message?: {
                zh?: string;
                en?: string;
              };
            }[];
          };
        };
      };
      /** @description unavailable: starting, or the database is down; retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description 0: stored. Otherwise nothing of the upload was stored */
            code: number;
            msg: string;
            /** @example invalid_events */
            error?: string;
            errors?: {
              /**
               * @description JSON Pointer into the body
               * @example /3/props
               */
              path?: string;
              message?: {
                zh?: string;
                en?: string;
              };
            }[];
          };
        };
      };
    };
  };
}
