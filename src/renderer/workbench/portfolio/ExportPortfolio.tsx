// "Export portfolio": every milestone's code is checked afresh in the app's Python
// (as the Check button does) and the host writes a folder anyone can open or verify
// (docs/portfolio.md). The learner's name is asked for once and remembered in this
// window's storage; leaving it empty is fine.

import { useEffect, useState } from 'react';
import type { PortfolioCheck, PortfolioExport } from '../../../shared/host-api';
import { toCheckRequest } from '../../../shared/python/check-request';
import { errorMessage } from '../../error-message';
import { host } from '../../host';
import { python } from '../../python/python-session';
import { ConfirmDialog } from '../ConfirmDialog';
import './portfolio.css';

const NAME_KEY = 'buildpath.portfolio.learner-name';
/** The page shows at most six pictures a milestone; sending more would only fill the request. */
const PICTURES_KEPT = 6;

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

type State =
  | { kind: 'idle' }
  | { kind: 'asking'; name: string }
  | { kind: 'exporting'; done: number; total: number | null }
  | { kind: 'exported'; result: PortfolioExport; pdf: string | null; printing: boolean }
  | { kind: 'failed'; message: string };

function rememberedName(): string | null {
  try {
    return window.localStorage.getItem(NAME_KEY);
  } catch {
    return null;
  }
}

function rememberName(name: string): void {
  try {
    window.localStorage.setItem(NAME_KEY, name);
  } catch {
    // Storage refused (private window): the name is asked for again next time.
  }
}

export interface ExportPortfolioProps {
  /** One project's portfolio, or null for every project. */
  project: string | null;
  label: string;
}

export function ExportPortfolio({ project, label }: ExportPortfolioProps) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [canPrint, setCanPrint] = useState(false);
  useEffect(() => {
    host.appInfo().then((info) => setCanPrint(info.mode === 'desktop'), () => setCanPrint(false));
  }, []);

  const run = async (name: string) => {
    setState({ kind: 'exporting', done: 0, total: null });
    try {
      const found = await host.portfolioCode(project);
      const checks: PortfolioCheck[] = [];
      for (const { project: slug, milestone, code } of found) {
        setState({ kind: 'exporting', done: checks.length, total: found.length });
        const result = await python.check(toCheckRequest(await host.getCheckBundle(slug, milestone), code));
        checks.push({ codeSha256: await sha256Hex(code), result: { ...result, displays: result.displays.slice(0, PICTURES_KEPT) } });
      }
      const result = await host.exportPortfolio({ project, learnerName: name || null, checks });
      setState({ kind: 'exported', result, pdf: null, printing: false });
    } catch (error) {
      setState({ kind: 'failed', message: errorMessage(error) });
    }
  };

  const start = () => {
    const name = rememberedName();
    if (name === null) setState({ kind: 'asking', name: '' });
    else void run(name);
  };

  const savePdf = async (exported: PortfolioExport) => {
    setState({ kind: 'exported', result: exported, pdf: null, printing: true });
    try {
      const pdf = await host.savePortfolioPdf(project);
      setState({ kind: 'exported', result: exported, pdf, printing: false });
    } catch (error) {
      setState({ kind: 'failed', message: errorMessage(error) });
    }
  };

  return (
    <div className="portfolio-export" data-testid={`export-portfolio-${project ?? 'all'}`}>
      <button type="button" className="button button-quiet" onClick={start} disabled={state.kind === 'exporting'}>
        {state.kind === 'exporting' ? (state.total === null ? 'Exporting…' : `Checking ${state.done + 1} of ${state.total}…`) : label}
      </button>
      {state.kind === 'exported' && (
        <p className="portfolio-export-result" role="status">
          {state.result.milestones} milestone{state.result.milestones === 1 ? '' : 's'} ({state.result.passed} passed) exported to{' '}
          <code>{state.result.pageFile}</code>
          {canPrint && !state.pdf && (
            <button type="button" className="button button-quiet" disabled={state.printing} onClick={() => void savePdf(state.result)}>
              {state.printing ? 'Saving…' : 'Save as PDF'}
            </button>
          )}
          {state.pdf && (
            <>
              {' '}
              and <code>{state.pdf}</code>
            </>
          )}
        </p>
      )}
      {state.kind === 'failed' && (
        <p className="error-text" role="alert">
          The portfolio was not exported: {state.message}
        </p>
      )}
      {state.kind === 'asking' && (
        <ConfirmDialog
          title="Your name on the portfolio"
          confirmLabel="Export"
          onCancel={() => setState({ kind: 'idle' })}
          onConfirm={() => {
            const name = state.name.trim();
            rememberName(name);
            void run(name);
          }}
        >
          <p>The portfolio shows your code, its checks and the charts it drew. Add your name at the top, or leave it empty. You are asked once.</p>
          <input
            className="portfolio-name-input"
            aria-label="Your name"
            maxLength={200}
            value={state.name}
            onChange={(event) => setState({ kind: 'asking', name: event.target.value })}
          />
        </ConfirmDialog>
      )}
    </div>
  );
}
