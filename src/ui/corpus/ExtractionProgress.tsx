import { useQueryClient } from '@tanstack/react-query';
import { useStore } from 'zustand';
import { corpusKeys } from '../../data/corpusQueries';
import { corpusJobs } from '../../data/corpora/jobs';
import { plain, countLabel } from './safe';

/**
 * Progress of a corpus load/extraction: documents done/total, the current file, a Cancel
 * button while it runs, and what happened when it ended (cancelled → Resume, failed → Retry).
 */
export function ExtractionProgress({ corpusKey, compact = false }: { corpusKey: string; compact?: boolean }) {
  const job = useStore(corpusJobs, (s) => s.jobs[corpusKey]);
  const qc = useQueryClient();
  if (!job) return null;
  const rerun = () => void qc.invalidateQueries({ queryKey: corpusKeys.graph(corpusKey) });
  const running = job.phase === 'extracting' || job.phase === 'downloading';
  if (compact && !running && job.phase !== 'cancelled' && job.phase !== 'failed') return null;
  const verb = job.phase === 'downloading' ? 'Downloading' : 'Extracting';
  return (
    <div className="corpus-progress" data-phase={job.phase}>
      <div role="status" aria-live="polite" className="corpus-progress-text">
        {running && (
          <>
            {verb}: {job.done} / {job.total} documents
            {job.current ? <span className="corpus-progress-current"> — {plain(job.current, 60)}</span> : null}
          </>
        )}
        {job.phase === 'done' && `Extraction finished: ${countLabel(job.total, 'document')}.`}
        {job.phase === 'cancelled' && `Extraction cancelled after ${job.done} of ${countLabel(job.total, 'document')}.`}
        {job.phase === 'failed' && 'Extraction failed.'}
      </div>
      {running && (
        <>
          <progress aria-label="Extraction progress" max={Math.max(job.total, 1)} value={job.done} />
          {job.cancel && (
            <button type="button" onClick={job.cancel}>
              Cancel
            </button>
          )}
        </>
      )}
      {job.phase === 'cancelled' && (
        <button type="button" onClick={rerun}>
          Resume
        </button>
      )}
      {job.phase === 'failed' && (
        <button type="button" onClick={rerun}>
          Retry
        </button>
      )}
      {!compact &&
        job.notices.map((n, i) => (
          <p key={i} className="corpus-notice" role="note">
            {plain(n, 300)}
          </p>
        ))}
      {!compact && job.problems.length > 0 && (
        <ul className="corpus-problems" aria-label="Documents not extracted">
          {job.problems.map((p, i) => (
            <li key={i}>
              {plain(p.name, 100)}: {plain(p.message, 300)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
