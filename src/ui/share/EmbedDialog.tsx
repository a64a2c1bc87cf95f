/**
 * "Embed": a <dialog> with the <iframe> snippet for the current view, its size options
 * and a copy button. The embed page shows the same view without editing controls.
 */
import { useRef, useState } from 'react';

interface Props {
  /** Absolute URL of embed.html for the current view. */
  embedUrl: string;
  title: string;
}

/** The iframe markup for an embed URL (attribute values escaped). */
export function iframeSnippet(
  embedUrl: string,
  title: string,
  width: number | '100%',
  height: number,
): string {
  const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${attr(embedUrl)}" width="${width}" height="${height}" title="${attr(title)}" style="border:0;max-width:100%" loading="lazy" referrerpolicy="no-referrer"></iframe>`;
}

export function EmbedDialog({ embedUrl, title }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const snippetRef = useRef<HTMLTextAreaElement>(null);
  const [width, setWidth] = useState(800);
  const [fullWidth, setFullWidth] = useState(false);
  const [height, setHeight] = useState(600);
  const [copied, setCopied] = useState(false);
  const snippet = iframeSnippet(embedUrl, `Parley: ${title}`, fullWidth ? '100%' : width, height);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopied(true);
    } catch {
      snippetRef.current?.select();
    }
  };
  const clamp = (v: string, lo: number, hi: number, dflt: number) => {
    const n = Math.round(Number(v));
    return Number.isFinite(n) ? Math.min(hi, Math.max(lo, n)) : dflt;
  };

  return (
    <>
      <button
        type="button"
        className="btn"
        onClick={() => {
          setCopied(false);
          dialog.current?.showModal();
        }}
      >
        Embed
      </button>
      <dialog ref={dialog} className="embed-dialog" aria-labelledby="embed-dialog-title">
        <h2 id="embed-dialog-title">Embed this view</h2>
        <p>
          Paste this snippet into a web page. It shows the graph, timeline and evidence of this view, with its
          sources.
        </p>
        <div className="embed-size">
          <label>
            Width (px){' '}
            <input
              type="number"
              min={240}
              max={4000}
              value={width}
              disabled={fullWidth}
              onChange={(e) => setWidth(clamp(e.target.value, 240, 4000, 800))}
            />
          </label>
          <label>
            <input type="checkbox" checked={fullWidth} onChange={(e) => setFullWidth(e.target.checked)} />{' '}
            Full width
          </label>
          <label>
            Height (px){' '}
            <input
              type="number"
              min={200}
              max={4000}
              value={height}
              onChange={(e) => setHeight(clamp(e.target.value, 200, 4000, 600))}
            />
          </label>
        </div>
        <label className="embed-snippet">
          Embed code
          <textarea
            ref={snippetRef}
            readOnly
            rows={4}
            value={snippet}
            onFocus={(e) => e.currentTarget.select()}
          />
        </label>
        <div className="embed-actions">
          <button type="button" className="btn" onClick={copy}>
            {copied ? 'Copied' : 'Copy embed code'}
          </button>
          <a href={embedUrl} target="_blank" rel="noopener noreferrer">
            Preview
          </a>
          <button type="button" className="btn" onClick={() => dialog.current?.close()}>
            Close
          </button>
        </div>
      </dialog>
    </>
  );
}
