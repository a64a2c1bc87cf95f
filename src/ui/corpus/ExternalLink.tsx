import { plain, safeHref } from './safe';

/** A link for http(s) URLs only; anything else (javascript:, data:, garbage) is shown as text. */
export function ExternalLink({ url, label }: { url: string | null | undefined; label?: string }) {
  const href = safeHref(url);
  const text = plain(label ?? url ?? '', 120);
  if (!href) return <span className="corpus-url-text">{text}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer nofollow">
      {text}
    </a>
  );
}
