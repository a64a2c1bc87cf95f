import { useEffect, useRef, type ReactNode } from 'react';

/** A native modal <dialog> (focus trap, Escape closes) opened on mount. */
export function Modal({ title, onClose, children, className = '' }: { title: string; onClose: () => void; children: ReactNode; className?: string }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal?.();
    return () => d?.close?.();
  }, []);
  return (
    <dialog ref={ref} className={`corpus-dialog ${className}`} aria-label={title} onClose={onClose} onCancel={onClose}>
      <header className="corpus-dialog-head">
        <h2>{title}</h2>
        <button type="button" className="corpus-close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      {children}
    </dialog>
  );
}
