import { useId, type ReactNode } from 'react';

/** A labelled control: the label names the control by id (its options do not become part of the name). */
export function Field({
  label,
  children,
  className,
}: {
  label: ReactNode;
  children: (id: string) => ReactNode;
  className?: string;
}) {
  const id = useId();
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}
