import type { CheckResult, TestResult, TestStatus } from '../../../shared/check-result';

const ICON: Record<TestStatus, string> = { pass: '✓', fail: '✗', error: '!', not_attempted: '○', timeout: '⏱' };
const LABEL: Record<TestStatus, string> = {
  pass: 'passed',
  fail: 'failed',
  error: 'error',
  not_attempted: 'not attempted',
  timeout: 'too slow',
};

function summary(result: CheckResult): { tone: string; text: string } {
  const passed = result.tests.filter((test) => test.status === 'pass').length;
  switch (result.status) {
    case 'pass':
      return { tone: 'success', text: `All ${result.tests.length} checks passed. Milestone complete!` };
    case 'not_attempted':
      return { tone: 'info', text: 'Nothing to check yet: fill in the places the starter leaves open (marked ...), then check again.' };
    case 'error':
      return { tone: 'error', text: result.message ?? 'Your code could not be checked.' };
    case 'fail':
      return { tone: 'warning', text: `${passed} of ${result.tests.length} checks passed. Read the first failure below, fix it, and check again.` };
  }
}

/** Checker messages mark names with backticks, as Markdown does: show those as code. */
function WithCode({ text }: { text: string }) {
  return (
    <>
      {text.split(/`([^`\n]+)`/).map((part, index) => (index % 2 === 1 ? <code key={index}>{part}</code> : part))}
    </>
  );
}

function TestRow({ test }: { test: TestResult }) {
  return (
    <li className={`check-test check-test-${test.status}`} data-testid="check-test" data-status={test.status}>
      <span className="check-icon" aria-label={LABEL[test.status]}>
        {ICON[test.status]}
      </span>
      <div className="check-body">
        <div className="check-name">
          {test.task_id !== null && <a href={`#task-${test.task_id}`} className="check-task" onClick={(event) => {
            event.preventDefault();
            document.getElementById(`task-${test.task_id}`)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
          }}>Task {test.task_id}</a>}
          {test.name}
          {test.hidden && <span className="check-hidden">hidden check</span>}
        </div>
        {test.message && (
          <div className="check-message">
            <WithCode text={test.message} />
          </div>
        )}
        {test.output && <pre className="check-output">{test.output}</pre>}
      </div>
    </li>
  );
}

export interface CheckResultsProps {
  checking: boolean;
  tests: TestResult[];
  result: CheckResult | null;
}

export function CheckResults({ checking, tests, result }: CheckResultsProps) {
  if (!checking && !result) {
    return <p className="output-empty">Press Check to run this milestone's checks against your code.</p>;
  }
  const headline = result ? summary(result) : null;
  return (
    <div className="check-results" data-testid="check-results" data-status={result?.status ?? 'running'}>
      {headline ? (
        <div className={`check-summary check-summary-${headline.tone}`} role="status">
          <WithCode text={headline.text} />
          {result?.error_line ? ` (line ${result.error_line})` : ''}
        </div>
      ) : (
        <div className="check-summary check-summary-info" role="status">
          Checking…
        </div>
      )}
      <ol className="check-tests">
        {tests.map((test, index) => (
          <TestRow key={index} test={test} />
        ))}
      </ol>
    </div>
  );
}
