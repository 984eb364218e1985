import type { ReactNode } from 'react';

export interface NoticeProps {
  tone: 'info' | 'warning' | 'error' | 'success';
  children: ReactNode;
  onDismiss?(): void;
  testId?: string;
}

/** A banner above the content: something the learner should know about their work. */
export function Notice({ tone, children, onDismiss, testId }: NoticeProps) {
  return (
    <div className={`notice notice-${tone}`} role={tone === 'error' || tone === 'warning' ? 'alert' : 'status'} data-testid={testId}>
      <div className="notice-text">{children}</div>
      {onDismiss && (
        <button type="button" className="notice-dismiss" onClick={onDismiss} aria-label="Dismiss">
          ×
        </button>
      )}
    </div>
  );
}
