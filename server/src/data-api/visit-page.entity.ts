import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { AppEntity } from '../apps/app.entity';

/** add_wxapp_visit_page: WeChat's statistics of one page on one day; re-sending the day replaces the row. */
@Entity({ name: 'data_api_visit_pages' })
export class VisitPageEntity {
  @PrimaryColumn({ name: 'app_id', type: 'uuid', primaryKeyConstraintName: 'PK_data_api_visit_pages' })
  appId!: string;

  @ManyToOne(() => AppEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'app_id', foreignKeyConstraintName: 'FK_data_api_visit_pages_app' })
  app?: AppEntity;

  /** From rawMsg[].ref_date (YYYYMMDD). */
  @PrimaryColumn({ name: 'ref_date', type: 'date', primaryKeyConstraintName: 'PK_data_api_visit_pages' })
  refDate!: string;

  @PrimaryColumn({ name: 'page_path', type: 'text', primaryKeyConstraintName: 'PK_data_api_visit_pages' })
  pagePath!: string;

  @Column({ name: 'data_source_id', type: 'text' })
  dataSourceId!: string;

  @Column({ name: 'page_visit_pv', type: 'integer', nullable: true })
  pageVisitPv!: number | null;

  @Column({ name: 'page_visit_uv', type: 'integer', nullable: true })
  pageVisitUv!: number | null;

  @Column({ name: 'page_staytime_pv', type: 'double precision', nullable: true })
  pageStaytimePv!: number | null;

  @Column({ name: 'entrypage_pv', type: 'integer', nullable: true })
  entrypagePv!: number | null;

  @Column({ name: 'exitpage_pv', type: 'integer', nullable: true })
  exitpagePv!: number | null;

  @Column({ name: 'page_share_pv', type: 'integer', nullable: true })
  pageSharePv!: number | null;

  @Column({ name: 'page_share_uv', type: 'integer', nullable: true })
  pageShareUv!: number | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
