import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Accounts, apps, drafts, immutable versions, releases, audit and server settings (issue 4). */
export class InitialSchema1795878531960 implements MigrationInterface {
  name = 'InitialSchema1795878531960';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "settings" (
      "key" character varying(100) NOT NULL,
      "value" text NOT NULL,
      CONSTRAINT "PK_settings" PRIMARY KEY ("key"))`);

    await q.query(`CREATE TABLE "users" (
      "id" uuid NOT NULL,
      "username" character varying(64) NOT NULL,
      "password_hash" character varying(100) NOT NULL,
      "role" character varying(16) NOT NULL,
      "disabled" boolean NOT NULL DEFAULT false,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_users" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_users_username" UNIQUE ("username"),
      CONSTRAINT "CHK_users_role" CHECK ("role" IN ('admin', 'publisher', 'editor', 'viewer')))`);

    await q.query(`CREATE TABLE "apps" (
      "id" uuid NOT NULL,
      "appid" character varying(18) NOT NULL,
      "name" character varying(100) NOT NULL,
      "youshu_token" character varying(200),
      "collector_token" character varying(64) NOT NULL,
      "data_api_secret_encrypted" text NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "archived_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "PK_apps" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_apps_appid" UNIQUE ("appid"),
      CONSTRAINT "UQ_apps_collector_token" UNIQUE ("collector_token"),
      CONSTRAINT "CHK_apps_appid" CHECK ("appid" ~ '^wx[0-9a-f]{16}$'))`);

    await q.query(`CREATE TABLE "drafts" (
      "app_id" uuid NOT NULL,
      "config" json NOT NULL,
      "revision" integer NOT NULL DEFAULT '1',
      "updated_by" character varying(64),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_drafts" PRIMARY KEY ("app_id"),
      CONSTRAINT "FK_drafts_app" FOREIGN KEY ("app_id") REFERENCES "apps"("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);

    await q.query(`CREATE TABLE "versions" (
      "id" BIGSERIAL NOT NULL,
      "app_id" uuid NOT NULL,
      "number" integer NOT NULL,
      "content" jsonb NOT NULL,
      "canonical" text NOT NULL,
      "hash" character(64) NOT NULL,
      "size_bytes" integer NOT NULL,
      "message" text NOT NULL DEFAULT '',
      "author" character varying(64) NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_versions" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_versions_app_number" UNIQUE ("app_id", "number"),
      CONSTRAINT "FK_versions_app" FOREIGN KEY ("app_id") REFERENCES "apps"("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);

    await q.query(`CREATE TABLE "releases" (
      "app_id" uuid NOT NULL,
      "env" character varying(16) NOT NULL,
      "version" integer NOT NULL,
      "rollout_version" integer,
      "rollout_percent" smallint,
      "updated_by" character varying(64) NOT NULL,
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_releases" PRIMARY KEY ("app_id", "env"),
      CONSTRAINT "CHK_releases_env" CHECK ("env" IN ('develop', 'trial', 'release')),
      CONSTRAINT "CHK_releases_rollout" CHECK (("rollout_version" IS NULL AND "rollout_percent" IS NULL) OR ("rollout_version" IS NOT NULL AND "rollout_percent" BETWEEN 0 AND 100)),
      CONSTRAINT "FK_releases_app" FOREIGN KEY ("app_id") REFERENCES "apps"("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);

    await q.query(`CREATE TABLE "audit_events" (
      "id" BIGSERIAL NOT NULL,
      "app_id" uuid,
      "actor" character varying(64) NOT NULL,
      "action" character varying(64) NOT NULL,
      "summary" text NOT NULL,
      "details" jsonb,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_audit_events" PRIMARY KEY ("id"),
      CONSTRAINT "FK_audit_events_app" FOREIGN KEY ("app_id") REFERENCES "apps"("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    // Newest first: the audit page reads (app_id = $1) ORDER BY created_at DESC, id DESC.
    await q.query(
      `CREATE INDEX "IDX_audit_events_app_created" ON "audit_events" ("app_id", "created_at" DESC, "id" DESC)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "audit_events"`);
    await q.query(`DROP TABLE "releases"`);
    await q.query(`DROP TABLE "versions"`);
    await q.query(`DROP TABLE "drafts"`);
    await q.query(`DROP TABLE "apps"`);
    await q.query(`DROP TABLE "users"`);
    await q.query(`DROP TABLE "settings"`);
  }
}
