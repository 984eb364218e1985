// Calls back when the learner comes back to Buildpath's window (focus, or the tab shown
// again): the moment to read again what they may have changed in another program, such
// as a progress file they replaced.

import { useEffect } from 'react';

export function useWindowReturn(onReturn: () => void): void {
  useEffect(() => {
    const whenVisible = () => {
      if (document.visibilityState === 'visible') onReturn();
    };
    window.addEventListener('focus', onReturn);
    document.addEventListener('visibilitychange', whenVisible);
    return () => {
      window.removeEventListener('focus', onReturn);
      document.removeEventListener('visibilitychange', whenVisible);
    };
  }, [onReturn]);
}
