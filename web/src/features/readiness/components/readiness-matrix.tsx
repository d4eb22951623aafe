import { Link, useParams } from 'react-router';
import { Space, Table, Tooltip, Typography } from 'antd';
import { CheckCircleFilled, CloseCircleFilled, MinusOutlined, CloudServerOutlined } from '@ant-design/icons';
import { ANALYSIS_MODULES, CATALOG, type AnalysisModuleName, type TrackingConfig } from '@trackway/language';
import { useDraft } from '../../../api/use-draft';
import { QueryState } from '../../../components/query-state/query-state';
import { useI18n } from '../../../i18n/i18n';
import {
  computeReadiness,
  READINESS_MODULES,
  READINESS_ROWS,
  type ReadinessCell,
  type ReadinessFix,
} from '../model/readiness';

// 导购 · 直播 · 广告 · 门店 · 公众号: the column heads, shorter than the modules' full titles (shown as tooltips)
const SHORT: Record<AnalysisModuleName, { zh: string; en: string }> = {
  guide: { zh: '导购', en: 'Guide' },
  live: { zh: '直播', en: 'Live' },
  ad: { zh: '广告', en: 'Ads' },
  store: { zh: '门店', en: 'Store' },
  official_account: { zh: '公众号', en: 'Official acct.' },
};

function fixLink(appid: string, fix: ReadinessFix): string {
  const plan = `/apps/${appid}/plan`;
  if (fix.kind === 'chan') return `${plan}/chan`;
  if (fix.kind === 'user') return `${plan}/user`;
  if (fix.kind === 'propagate') return `${plan}/variables`;
  return CATALOG[fix.event as keyof typeof CATALOG]?.preset ? `${plan}/settings` : `${plan}/pages/0`;
}

function Cell({ cell, appid, testid }: { cell: ReadinessCell; appid: string; testid: string }) {
  const { t } = useI18n();
  if (cell.status === 'na')
    return (
      <Tooltip title={t('readiness.na')}>
        <MinusOutlined style={{ color: '#bfbfbf' }} data-testid={testid} data-status="na" />
      </Tooltip>
    );
  if (cell.status === 'ok')
    return (
      <Tooltip title={t('readiness.ok')}>
        <CheckCircleFilled style={{ color: '#52c41a', fontSize: 16 }} data-testid={testid} data-status="ok" />
      </Tooltip>
    );
  if (cell.status === 'backend')
    return (
      <Tooltip title={t('readiness.backend', { fields: cell.missing.join(', ') })}>
        <CloudServerOutlined style={{ color: '#8c8c8c' }} data-testid={testid} data-status="backend" />
      </Tooltip>
    );
  const why =
    cell.missing[0] === 'event'
      ? t('readiness.missingEvent')
      : cell.missing[0] === 'propagate'
        ? t('readiness.missingPropagate')
        : t('readiness.missingFields', { fields: cell.missing.join(', ') });
  return (
    <Tooltip
      title={
        <Space orientation="vertical" size={2}>
          <span>{why}</span>
          {cell.fix && <Link to={fixLink(appid, cell.fix)}>{t('readiness.fix')} →</Link>}
        </Space>
      }
    >
      <CloseCircleFilled style={{ color: '#ff4d4f', fontSize: 16 }} data-testid={testid} data-status="missing" />
    </Tooltip>
  );
}

/** 就绪度: rows the 14 behaviours + add_order, columns the analysis modules, computed from the saved draft. */
export function ReadinessMatrix() {
  const { appid = '' } = useParams();
  const { t, locale } = useI18n();
  const draft = useDraft(appid);
  return (
    <div data-testid="readiness-page">
      <Typography.Paragraph type="secondary">{t('readiness.intro')}</Typography.Paragraph>
      <QueryState query={draft}>
        {(d) => {
          const matrix = computeReadiness(d.config as unknown as TrackingConfig);
          return (
            <div style={{ display: 'flex', gap: 16, alignItems: 'flex-start', flexWrap: 'wrap' }}>
              <Table
                style={{ flex: '1 1 640px', minWidth: 0 }}
                size="small"
                bordered
                pagination={false}
                rowKey="row"
                dataSource={READINESS_ROWS.map((row) => ({ row }))}
                columns={[
                  {
                    title: t('readiness.row'),
                    render: (_, { row }) => (
                      <Space orientation="vertical" size={0}>
                        <Typography.Text>
                          {row === 'add_order'
                            ? locale === 'zh'
                              ? '订单接口（后端）'
                              : 'Orders API (backend)'
                            : CATALOG[row].title[locale]}
                        </Typography.Text>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {row}
                        </Typography.Text>
                      </Space>
                    ),
                  },
                  ...READINESS_MODULES.map((m) => ({
                    title: (
                      <Tooltip title={ANALYSIS_MODULES[m].title[locale]}>
                        <span>{SHORT[m][locale]}</span>
                      </Tooltip>
                    ),
                    align: 'center' as const,
                    width: 90,
                    render: (_: unknown, { row }: { row: (typeof READINESS_ROWS)[number] }) => (
                      <Cell cell={matrix[row][m]} appid={appid} testid={`cell-${row}-${m}`} />
                    ),
                  })),
                ]}
              />
            </div>
          );
        }}
      </QueryState>
    </div>
  );
}
