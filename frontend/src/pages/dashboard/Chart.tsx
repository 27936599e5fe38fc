import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCoreModule from 'echarts-for-react/lib/core';
import type { ComponentType } from 'react';

// Only what the dashboard draws; this module is loaded with the dashboard route alone.
echarts.use([LineChart, BarChart, PieChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

// lib/core is CommonJS: depending on the bundler's interop, the default import is the component or
// the module object that carries it.
type CoreProps = { echarts: typeof echarts; option: object; notMerge?: boolean; style?: object };
const ReactEChartsCore: ComponentType<CoreProps> =
  (ReactEChartsCoreModule as unknown as { default?: ComponentType<CoreProps> }).default ??
  (ReactEChartsCoreModule as unknown as ComponentType<CoreProps>);

/** One ECharts chart. */
export function Chart({ option, height = 280, testId }: { option: object; height?: number; testId?: string }) {
  return (
    <div data-testid={testId}>
      <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height, width: '100%' }} />
    </div>
  );
}
