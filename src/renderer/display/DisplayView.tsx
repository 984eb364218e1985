import { useMemo, useRef } from 'react';
import { displayRecordSchema, type DisplayRecord } from '../../shared/display';
import { DisplayErrorBoundary } from './DisplayErrorBoundary';
import { ImageGrid } from './ImageGrid';
import { PlotChart, type PictureSource } from './PlotChart';
import { downloadBlob, pictureFileName, pngBlob, svgBlob } from './save-picture';
import { TABLE_PAGE_ROWS, TableView } from './TableView';
import { WhenVisible } from './WhenVisible';
import './display.css';

/**
 * One picture from Python's buildpath.show, drawn when it scrolls into view. The
 * record is checked first: a program can hand anything to _host.emit_display.
 */
export function DisplayView({ record }: { record: DisplayRecord }) {
  const checked = useMemo(() => displayRecordSchema.safeParse(record), [record]);
  if (!checked.success) {
    const kind = (record as { kind?: unknown }).kind;
    return <p className="display-problem">A display of kind {JSON.stringify(kind)} was not in a form that can be drawn.</p>;
  }
  return <CheckedDisplay record={checked.data} />;
}

function CheckedDisplay({ record }: { record: DisplayRecord }) {
  const picture: PictureSource = useRef(null);
  const save = async (format: 'svg' | 'png') => {
    const makeSvg = picture.current;
    if (!makeSvg) return;
    const svg = makeSvg();
    const blob = format === 'svg' ? svgBlob(svg) : await pngBlob(svg);
    downloadBlob(blob, `${pictureFileName(record.title, record.kind)}.${format}`);
  };
  return (
    <figure className="display" data-kind={record.kind} data-testid="display">
      <div className="display-header">
        <span className="display-title">{record.title}</span>
        {record.kind !== 'table' && (
          <span className="display-actions">
            <button type="button" onClick={() => void save('svg')} title="Save as SVG" aria-label="Save as SVG">
              SVG
            </button>
            <button type="button" onClick={() => void save('png')} title="Save as PNG" aria-label="Save as PNG">
              PNG
            </button>
          </span>
        )}
      </div>
      <DisplayErrorBoundary>
        <WhenVisible placeholderHeight={placeholderHeight(record)}>
          <DisplayBody record={record} picture={picture} />
        </WhenVisible>
      </DisplayErrorBoundary>
      {record.note && <figcaption className="display-note">{record.note}</figcaption>}
    </figure>
  );
}

function DisplayBody({ record, picture }: { record: DisplayRecord; picture: PictureSource }) {
  switch (record.kind) {
    case 'table':
      return <TableView record={record} />;
    case 'images':
      return <ImageGrid record={record} picture={picture} />;
    default:
      return <PlotChart record={record} picture={picture} />;
  }
}

/** Roughly the drawn height, so the pane does not jump as displays come into view. */
function placeholderHeight(record: DisplayRecord): number {
  if (record.kind === 'table') return 40 + 26 * Math.min(record.rows.length, TABLE_PAGE_ROWS);
  if (record.kind === 'images') return 90 * Math.ceil(record.images.length / 8);
  return 320;
}
