import type { KeyCount } from '../api/types';
import { chinaToday } from './deadline';

/** Labels and values of a key/count list, keys renamed by `name` (unknown keys kept as they are). */
export function seriesOf(rows: KeyCount[] | undefined, name: (key: string) => string = (k) => k) {
  const list = rows ?? [];
  return { labels: list.map((r) => name(r.key) || r.key), values: list.map((r) => r.count) };
}

/** The `animation` flag of a chart: off for automated browsers, so screenshots are stable. */
export function chartAnimation(nav: { webdriver?: boolean } | undefined = globalThis.navigator): boolean {
  return !nav?.webdriver;
}

/** A line chart of counts per month. */
export function lineOption(rows: KeyCount[] | undefined, animation = chartAnimation()) {
  const { labels, values } = seriesOf(rows);
  return {
    animation,
    tooltip: { trigger: 'axis' },
    grid: { left: 40, right: 16, top: 16, bottom: 32 },
    xAxis: { type: 'category', data: labels },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'line', data: values, smooth: false, areaStyle: {} }],
  };
}

/** A horizontal bar chart, largest first (at the top). */
export function barOption(
  rows: KeyCount[] | undefined,
  name: (key: string) => string = (k) => k,
  animation = chartAnimation(),
  limit = 12,
) {
  const sorted = [...(rows ?? [])].sort((a, b) => b.count - a.count).slice(0, limit).reverse();
  const { labels, values } = seriesOf(sorted, name);
  return {
    animation,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: labels },
    series: [{ type: 'bar', data: values }],
  };
}

/** A vertical bar chart in the given order (backlog ages). */
export function columnOption(rows: { label: string; count: number }[] | undefined, animation = chartAnimation()) {
  const list = rows ?? [];
  return {
    animation,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 40, right: 16, top: 16, bottom: 32 },
    xAxis: { type: 'category', data: list.map((r) => r.label) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', data: list.map((r) => r.count) }],
  };
}

/** A pie (doughnut) chart. */
export function pieOption(rows: KeyCount[] | undefined, name: (key: string) => string = (k) => k, animation = chartAnimation()) {
  return {
    animation,
    tooltip: { trigger: 'item' },
    legend: { bottom: 0, type: 'scroll' },
    series: [
      {
        type: 'pie',
        radius: ['40%', '68%'],
        top: 0,
        bottom: 32,
        data: (rows ?? []).filter((r) => r.count > 0).map((r) => ({ name: name(r.key) || r.key, value: r.count })),
      },
    ],
  };
}

/** Formats a share: a 0–1 ratio (or 0–100 percentage with `percent`) as "87.5%"; "—" for none. */
export function formatShare(v: number | null | undefined, percent = false): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  const p = percent ? v : v * 100;
  return `${Math.round(p * 10) / 10}%`;
}

/** Formats a number with one decimal; "—" for none. */
export function formatNumber(v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  return String(Math.round(v * 10) / 10);
}

/** The default period: the last 12 months up to today in China, where the figures are
 * counted, whatever the browser's time zone. */
export function lastTwelveMonths(now = new Date()): { from: string; to: string } {
  const to = chinaToday(now);
  const [y, m, d] = to.split('-').map(Number);
  const from = new Date(Date.UTC(y, m - 13, d + 1));
  return { from: from.toISOString().slice(0, 10), to };
}
