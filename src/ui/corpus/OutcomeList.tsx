import { memo, useMemo, useState } from 'react';
import type { ActorGraph, GraphDocument } from '../../extract/schema';
import type { FileOutcome } from '../../workers/protocol';
import { plain } from './safe';

export const NO_DATE = 'no date found — relative dates left unresolved';

/** Warnings the extraction found for one document (no date → relative dates unresolved). */
export function documentWarnings(d: GraphDocument | undefined): string[] {
  if (!d) return [];
  const warnings = [...(d.warnings ?? [])];
  if (!d.publishedAt && !warnings.some((w) => /date/i.test(w))) warnings.push(NO_DATE);
  return warnings;
}

interface Props {
  outcomes: FileOutcome[];
  /** The extracted graph, to add post-extraction warnings (missing date…). */
  graph?: ActorGraph;
  /** Per-document extraction failures, by name. */
  problems?: { name: string; message: string }[];
}

const LABEL = { accepted: 'Accepted', warning: 'Accepted with warnings', rejected: 'Rejected' } as const;

const NONE: Props['problems'] = [];
const SHOWN = 100;

/** One line per file: accepted / accepted with warnings / rejected, with reasons, as text. */
export const OutcomeList = memo(function OutcomeList({ outcomes, graph, problems = NONE }: Props) {
  const docs = useMemo(() => new Map(graph?.documents.map((d) => [d.id, d])), [graph]);
  const [all, setAll] = useState(false);
  if (!outcomes.length) return null;
  // A 2,000-document manifest: rejected files first, and a long list only on request.
  const ordered = [
    ...outcomes.filter((o) => o.status === 'rejected'),
    ...outcomes.filter((o) => o.status !== 'rejected'),
  ];
  const shown = all ? ordered : ordered.slice(0, SHOWN);
  return (
    <>
      <ul className="corpus-outcomes" aria-label="File outcomes">
        {shown.map((o, i) => {
          const failed = problems!
            .filter((p) => p.name === o.name)
            .map((p) => `extraction failed: ${p.message}`);
          const later = o.documents.flatMap((d) => documentWarnings(docs.get(d.input.id ?? '')));
          const messages = [...new Set([...o.messages, ...later, ...failed])];
          const status =
            o.status === 'rejected'
              ? 'rejected'
              : failed.length || later.length || o.status === 'warning'
                ? 'warning'
                : 'accepted';
          return (
            <li key={i} data-status={status} className={`corpus-outcome corpus-outcome-${status}`}>
              <span className="corpus-outcome-name">{plain(o.name, 100)}</span>
              <span className="corpus-outcome-status">{LABEL[status]}</span>
              {messages.length > 0 && (
                <span className="corpus-outcome-msg">{plain(messages.join('; '), 400)}</span>
              )}
            </li>
          );
        })}
      </ul>
      {shown.length < ordered.length && (
        <button type="button" onClick={() => setAll(true)}>
          Show all {ordered.length.toLocaleString('en')} files
        </button>
      )}
    </>
  );
});
