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
      /** @description The draft, published as the next version */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VersionSummaryDto'];
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
            /** @description sha256 hex of the canonical JSON of `runtime`, checked by the runtime */
            runtimeHash: string;
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
}
