import { useMemo } from 'react';
import { renderMarkdown, withTaskVerdicts, type TaskVerdict } from '../markdown/render-markdown';

export function Markdown({ source, className }: { source: string; className?: string }) {
  const html = useMemo(() => renderMarkdown(source), [source]);
  return <div className={`markdown ${className ?? ''}`} dangerouslySetInnerHTML={{ __html: html }} />;
}

/** The milestone's instructions, each task heading showing its verdict from the last check. */
export function Instructions({ source, verdicts }: { source: string; verdicts: Readonly<Record<string, TaskVerdict>> }) {
  const rendered = useMemo(() => renderMarkdown(source), [source]);
  const html = useMemo(() => withTaskVerdicts(rendered, verdicts), [rendered, verdicts]);
  return <div className="markdown instructions" data-testid="instructions" dangerouslySetInnerHTML={{ __html: html }} />;
}
