import { useEffect, useRef, type ReactNode } from 'react';

/** A modal question (native <dialog>: focus is trapped and Escape cancels). */
export function ConfirmDialog({
  title,
  children,
  confirm,
  cancel,
  onConfirm,
  onCancel,
}: {
  title: string;
  children: ReactNode;
  confirm: string;
  cancel: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      aria-labelledby="confirm-title"
      onCancel={(e) => (e.preventDefault(), onCancel())}
      className="card"
    >
      <h2 id="confirm-title">{title}</h2>
      <p>{children}</p>
      <div className="actions">
        <button type="button" className="primary" onClick={onCancel}>
          {cancel}
        </button>
        <button type="button" onClick={onConfirm}>
          {confirm}
        </button>
      </div>
    </dialog>
  );
}
