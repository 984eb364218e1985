// Instructions and hints: Markdown with LaTeX maths ($…$ inline, $$…$$ display),
// typeset by KaTeX and sanitised by DOMPurify before it reaches the page. Task
// headings ("## 2. Title") carry a slot for the task's check verdict.
//
// A pack is not trusted: the sanitiser keeps text, links, tables, code, images and
// KaTeX's output, and drops what could submit, navigate, frame, restyle the page or
// fetch from elsewhere. The page's CSP refuses most of that as well; the sanitiser
// does not rely on it.

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

const SANITISE = {
  ADD_ATTR: ['data-task', 'data-task-status'],
  FORBID_TAGS: ['form', 'input', 'button', 'select', 'option', 'optgroup', 'textarea', 'datalist', 'base', 'meta', 'link', 'iframe', 'frame', 'frameset', 'object', 'embed', 'style', 'audio', 'video', 'source', 'track'],
  FORBID_ATTR: ['srcset', 'action', 'formaction', 'ping', 'background', 'poster'],
  // DOMPurify's own URL rule stays: it refuses javascript:, vbscript: and data: links.
};

/** Only images of the page's own origin (the app's bundled files) or inline data: images load. */
function isLocalImage(source: string): boolean {
  if (/^data:image\//i.test(source.trim())) return true;
  try {
    const url = new URL(source, document.baseURI);
    return url.protocol === location.protocol && url.host === location.host;
  } catch {
    return false;
  }
}

const purifier = DOMPurify(window);
purifier.addHook('uponSanitizeAttribute', (element, data) => {
  const name = data.attrName;
  // Every URL the browser would fetch by itself: src anywhere, href on anything but a link (SVG's <image>, <use>).
  const fetches = name === 'src' || ((name === 'href' || name === 'xlink:href') && element.tagName.toLowerCase() !== 'a');
  if (fetches && !isLocalImage(data.attrValue)) data.keepAttr = false;
  if (name === 'style' && /url\s*\(|@import|expression\s*\(/i.test(data.attrValue)) data.keepAttr = false;
});

export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown, { async: false });
  return purifier.sanitize(html, SANITISE);
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
