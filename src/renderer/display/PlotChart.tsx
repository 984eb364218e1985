import { useEffect, useRef, useState, type MutableRefObject } from 'react';
import { errorMessage } from '../error-message';
import type { ChartRecord } from './chart-specs';
import { paletteOf, standaloneChartSvg } from './save-picture';
import { useDarkScheme } from './use-dark-scheme';
import { useElementWidth } from './use-element-width';

export type PictureSource = MutableRefObject<(() => SVGSVGElement) | null>;

/** A Plot chart as wide as its box, redrawn when the box or the colour scheme changes. */
export function PlotChart({ record, picture }: { record: ChartRecord; picture: PictureSource }) {
  const box = useRef<HTMLDivElement>(null);
  const width = useElementWidth(box);
  const dark = useDarkScheme();
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    const element = box.current;
    if (!element || width === 0) return;
    let current = true;
    // The previous drawing stays until the new one replaces it, so the pane does not jump.
    void import('./render-chart').then(({ renderChart }) => {
      if (!current) return;
      const drawn = renderChart(record, { width, dark });
      element.replaceChildren(drawn);
      picture.current = () => standaloneChartSvg(drawn, record.title, paletteOf(element));
    }).catch((error: unknown) => {
      if (current) setProblem(errorMessage(error));
    });
    return () => {
      current = false;
      picture.current = null;
    };
  }, [record, width, dark, picture]);

  if (problem) return <p className="display-problem">This chart could not be drawn: {problem}</p>;
  return <div ref={box} className="display-chart" />;
}
