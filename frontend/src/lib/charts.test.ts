import { describe, expect, it } from 'vitest';
import { barOption, chartAnimation, formatShare, lastTwelveMonths, lineOption, pieOption } from './charts';

describe('chart options', () => {
  it('turns monthly counts into a line', () => {
    const o = lineOption([{ key: '2026-01', count: 3 }, { key: '2026-02', count: 5 }], false);
    expect(o.animation).toBe(false);
    expect(o.xAxis.data).toEqual(['2026-01', '2026-02']);
    expect(o.series[0].data).toEqual([3, 5]);
  });

  it('sorts bars largest on top, renames keys and keeps unknown ones', () => {
    const names: Record<string, string> = { a: 'Alpha' };
    const o = barOption(
      [{ key: 'a', count: 1 }, { key: 'b', count: 9 }, { key: 'c', count: 4 }],
      (k) => names[k] ?? '',
      true,
      2,
    );
    // top two, largest last (ECharts draws the last category at the top)
    expect(o.yAxis.data).toEqual(['c', 'b']);
    expect(o.series[0].data).toEqual([4, 9]);
    expect(barOption([{ key: 'a', count: 1 }], (k) => names[k] ?? '').yAxis.data).toEqual(['Alpha']);
  });

  it('drops empty pie slices', () => {
    const o = pieOption([{ key: 'x', count: 0 }, { key: 'y', count: 2 }], (k) => k.toUpperCase());
    expect(o.series[0].data).toEqual([{ name: 'Y', value: 2 }]);
  });

  it('turns animation off in automated browsers', () => {
    expect(chartAnimation({ webdriver: true })).toBe(false);
    expect(chartAnimation({ webdriver: false })).toBe(true);
    expect(chartAnimation({})).toBe(true);
  });

  it('formats shares and percentages', () => {
    expect(formatShare(0.875)).toBe('87.5%');
    expect(formatShare(92.345, true)).toBe('92.3%');
    expect(formatShare(null)).toBe('—');
  });

  it('defaults to the last twelve months', () => {
    expect(lastTwelveMonths(new Date('2026-11-29T04:00:00Z'))).toEqual({ from: '2025-11-30', to: '2026-11-29' });
    // 23:30 UTC is already the next morning in China: the period ends on China's date.
    expect(lastTwelveMonths(new Date('2026-12-05T23:30:00Z'))).toEqual({ from: '2025-12-07', to: '2026-12-06' });
    expect(lastTwelveMonths(new Date('2026-02-28T16:00:00Z'))).toEqual({ from: '2025-03-02', to: '2026-03-01' });
  });
});
