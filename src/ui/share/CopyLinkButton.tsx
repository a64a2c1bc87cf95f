/**
 * "Copy link": the address of the current view. Uses the async clipboard when the browser
 * allows it; otherwise (insecure origin, permission denied) shows the link in a selected,
 * read-only field so the reader can copy it by hand.
 */
import { useEffect, useRef, useState } from 'react';

interface Props {
  /** Absolute URL of the current view. */
  url: string;
}

export function CopyLinkButton({ url }: Props) {
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (state === 'manual') field.current?.select();
    if (state !== 'copied') return;
    const t = setTimeout(() => setState('idle'), 2500);
    return () => clearTimeout(t);
  }, [state]);

  const copy = async () => {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no async clipboard');
      await navigator.clipboard.writeText(url);
      setState('copied');
    } catch {
      setState('manual');
    }
  };

  return (
    <span className="copy-link">
      <button type="button" className="btn" onClick={copy}>
        {state === 'copied' ? 'Link copied' : 'Copy link'}
      </button>
      {state === 'manual' && (
        <label className="copy-link-manual">
          <span>Copy this link:</span>
          <input
            ref={field}
            readOnly
            value={url}
            aria-label="Link to this view"
            onFocus={(e) => e.currentTarget.select()}
          />
          <button
            type="button"
            className="btn"
            onClick={() => setState('idle')}
            aria-label="Close link field"
          >
            ×
          </button>
        </label>
      )}
      <span className="visually-hidden" role="status">
        {state === 'copied' ? 'Link copied to the clipboard' : ''}
      </span>
    </span>
  );
}
