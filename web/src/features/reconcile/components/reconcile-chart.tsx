import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ReferenceArea,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { ReconciliationDay } from '../../../api/api-types';
import { useI18n } from '../../../i18n/i18n';
import { figureOf, formatFigure, type Figure } from '../figures';

const COLORS = { reported: '#1677ff', recomputed: '#52c41a', collector: '#fa8c16' };

/**
 * One group of bars per day: add_order_sum as reported, recomputed from add_order, from the collector; days
 * that disagree get a red band and a red date. A click on a day opens its orders.
 */
export function ReconcileChart({
  days,
  figure,
  collector,
  onDay,
}: {
  days: ReconciliationDay[];
  figure: Figure;
  collector: boolean;
  onDay: (day: string) => void;
}) {
  const { t } = useI18n();
  const data = days.map((d) => ({
    day: d.day,
    mismatch: d.mismatch,
    reported: figureOf(d, 'reported', figure),
    recomputed: figureOf(d, 'recomputed', figure),
    collector: figureOf(d, 'collector', figure),
  }));
  const mismatchDays = new Set(days.filter((d) => d.mismatch).map((d) => d.day));
  return (
    <div data-testid="reconcile-chart" style={{ width: '100%', height: 300 }}>
      <ResponsiveContainer>
        <BarChart
          data={data}
          margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
          onClick={(e) => {
            const label = (e as { activeLabel?: string | number } | null)?.activeLabel;
            if (label !== undefined) onDay(String(label));
          }}
        >
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          {[...mismatchDays].map((day) => (
            <ReferenceArea key={day} x1={day} x2={day} fill="#ff4d4f" fillOpacity={0.12} ifOverflow="extendDomain" />
          ))}
          <XAxis
            dataKey="day"
            tick={({ x, y, payload }: { x: number | string; y: number | string; payload: { value: string } }) => (
              <text
                x={x}
                y={Number(y) + 14}
                textAnchor="middle"
                fontSize={12}
                fill={mismatchDays.has(payload.value) ? '#cf1322' : '#595959'}
                fontWeight={mismatchDays.has(payload.value) ? 600 : 400}
              >
                {payload.value.slice(5)}
                {mismatchDays.has(payload.value) ? ' ⚠' : ''}
              </text>
            )}
          />
          <YAxis width={72} tickFormatter={(v: number) => formatFigure(figure, v)} />
          <Tooltip formatter={(v) => formatFigure(figure, typeof v === 'number' ? v : null)} />
          <Legend />
          <Bar dataKey="reported" name={t('reconcile.col.reported')} fill={COLORS.reported} cursor="pointer" />
          <Bar dataKey="recomputed" name={t('reconcile.col.recomputed')} fill={COLORS.recomputed} cursor="pointer" />
          {collector && (
            <Bar dataKey="collector" name={t('reconcile.col.collector')} fill={COLORS.collector} cursor="pointer" />
          )}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
