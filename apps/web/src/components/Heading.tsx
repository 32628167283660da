import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A view's heading. It takes the focus when nothing else has it (just after signing in,
 * or after a view change), so keyboard and screen-reader users start at the view's top.
 */
export function ViewHeading({
  id,
  children,
}: {
  id: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!document.activeElement || document.activeElement === document.body)
      ref.current?.focus();
  }, []);
  return (
    <h2 id={id} ref={ref} tabIndex={-1}>
      {children}
    </h2>
  );
}
