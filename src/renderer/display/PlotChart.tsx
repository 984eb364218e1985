import { useEffect, useRef, type MutableRefObject } from 'react';
import * as Plot from '@observablehq/plot';
import { chartOptions, type ChartRecord } from './chart-specs';
import { paletteOf, standaloneChartSvg } from './save-picture';
import { useDarkScheme } from './use-dark-scheme';
import { useElementWidth } from './use-element-width';

export type PictureSource = MutableRefObject<(() => SVGSVGElement) | null>;

/** A Plot chart as wide as its box, redrawn when the box or the colour scheme changes. */
export function PlotChart({ record, picture }: { record: ChartRecord; picture: PictureSource }) {
  const box = useRef<HTMLDivElement>(null);
  const width = useElementWidth(box);
  const dark = useDarkScheme();

  useEffect(() => {
    const element = box.current;
    if (!element || width === 0) return;
    const chart = Plot.plot(chartOptions(record, { width, dark }));
    element.replaceChildren(chart);
    picture.current = () => standaloneChartSvg(chart, record.title, paletteOf(element));
    return () => {
      chart.remove();
      picture.current = null;
    };
  }, [record, width, dark, picture]);

  return <div ref={box} className="display-chart" />;
}
