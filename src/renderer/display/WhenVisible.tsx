import { useEffect, useRef, useState, type ReactNode } from 'react';

/** Start drawing a little before a display scrolls into view. */
const AHEAD = '400px';

/**
 * Renders its children only once the placeholder comes near the viewport, so a
 * program that shows hundreds of plots draws only the ones someone looks at.
 */
export function WhenVisible({ placeholderHeight, children }: { placeholderHeight: number; children: ReactNode }) {
  const placeholder = useRef<HTMLDivElement>(null);
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    const element = placeholder.current;
    if (seen || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setSeen(true);
      },
      { rootMargin: AHEAD },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [seen]);
  if (seen) return <>{children}</>;
  return <div ref={placeholder} className="display-placeholder" style={{ height: placeholderHeight }} />;
}
