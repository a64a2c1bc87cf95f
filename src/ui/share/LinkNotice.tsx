/**
 * The dismissible notice saying what a bad or stale link could not apply. The page still
 * shows everything the link got right; this only explains what is missing and why.
 */
import { useLinkNotice } from '../../state/linkNotice';

/** Renders nothing until a link had problems. */
export function LinkNotice() {
  const messages = useLinkNotice((s) => s.messages);
  const dismiss = useLinkNotice((s) => s.dismiss);
  if (!messages.length) return null;
  return (
    <div className="link-notice" role="status" aria-label="Link notice">
      <p>
        <strong>Part of this link could not be applied.</strong> The rest of the view is shown.
      </p>
      <ul>
        {messages.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
      <button type="button" className="btn" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}
