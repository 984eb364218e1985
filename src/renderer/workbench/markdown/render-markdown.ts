// Instructions and hints: Markdown with LaTeX maths ($…$ inline, $$…$$ display),
// typeset by KaTeX and sanitised by DOMPurify before it reaches the page. Task
// headings ("## 2. Title") carry a slot for the task's check verdict.

import DOMPurify from 'dompurify';
import katex from 'katex';
import 'katex/dist/katex.min.css';
import { Marked, type TokenizerAndRendererExtension, type Tokens } from 'marked';

function typeset(tex: string, displayMode: boolean): string {
  return katex.renderToString(tex, { displayMode, throwOnError: false, output: 'htmlAndMathml' });
}

const displayMath: TokenizerAndRendererExtension = {
  name: 'displayMath',
  level: 'block',
  start: (src) => src.match(/^\$\$/m)?.index,
  tokenizer(src) {
    const match = /^\$\$([\s\S]+?)\$\$[^\S\n]*(?:\n|$)/.exec(src);
    if (match) return { type: 'displayMath', raw: match[0], text: match[1]!.trim() };
    return undefined;
  },
  renderer: (token) => `<div class="math-display">${typeset(String(token.text), true)}</div>\n`,
};

const inlineMath: TokenizerAndRendererExtension = {
  name: 'inlineMath',
  level: 'inline',
  start: (src) => src.indexOf('$') >= 0 ? src.indexOf('$') : undefined,
  tokenizer(src) {
    // $$…$$ inside a paragraph, or $…$ not padded with spaces (so "$5 and $6" stays text).
    const match = /^\$\$([^$]+?)\$\$|^\$(?![\s$])((?:\\\$|[^$\n])+?)(?<!\s)\$(?!\d)/.exec(src);
    if (!match) return undefined;
    const display = match[1] !== undefined;
    return { type: 'inlineMath', raw: match[0], text: (match[1] ?? match[2])!, display };
  },
  renderer: (token) => typeset(String(token.text), Boolean(token.display)),
};

const TASK_HEADING = /^(\d+)\.\s/;

function createMarked(): Marked {
  const marked = new Marked({ gfm: true, async: false });
  marked.use({
    extensions: [displayMath, inlineMath],
    renderer: {
      heading(this: { parser: { parseInline(tokens: Tokens.Generic[]): string } }, token: Tokens.Heading) {
        const inner = this.parser.parseInline(token.tokens);
        const task = token.depth === 2 ? TASK_HEADING.exec(token.text)?.[1] : undefined;
        if (!task) return `<h${token.depth}>${inner}</h${token.depth}>\n`;
        return `<h2 class="task-heading" id="task-${task}" data-task="${task}"><span class="task-title">${inner}</span><span class="task-status" data-task-status="${task}"></span></h2>\n`;
      },
    },
  });
  return marked;
}

const marked = createMarked();

export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown, { async: false });
  return DOMPurify.sanitize(html, { ADD_ATTR: ['data-task', 'data-task-status'] });
}

export type TaskVerdict = 'pass' | 'fail' | 'error' | 'not_attempted' | 'timeout' | 'unchecked';

const VERDICT_LABEL: Record<TaskVerdict, string> = {
  pass: 'Passed',
  fail: 'Not yet',
  error: 'Error',
  not_attempted: 'Not attempted',
  timeout: 'Too slow',
  unchecked: 'Not checked yet',
};

/** Fills each task heading's slot with its verdict (rendered HTML from renderMarkdown). */
export function withTaskVerdicts(html: string, verdicts: Readonly<Record<string, TaskVerdict>>): string {
  return html.replace(/<span class="task-status" data-task-status="(\d+)"><\/span>/g, (_slot, task: string) => {
    const verdict = verdicts[task] ?? 'unchecked';
    return `<span class="task-status task-status-${verdict}" data-task-status="${task}" data-verdict="${verdict}">${VERDICT_LABEL[verdict]}</span>`;
  });
}
