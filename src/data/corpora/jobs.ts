/**
 * Live status of corpus loads and extractions, per corpus key: phase, documents done/total,
 * current file, per-document problems and notices, and how to cancel. A small vanilla
 * zustand store so the worker callbacks (outside React) can update it and any component
 * (progress bar, toolbar, dialog) can show it.
 */
import { createStore } from 'zustand/vanilla';

export type JobPhase = 'downloading' | 'extracting' | 'done' | 'cancelled' | 'failed';

export interface CorpusJob {
  phase: JobPhase;
  done: number;
  total: number;
  current: string | null;
  /** Documents that could not be loaded or analysed, with the reason. */
  problems: { name: string; message: string }[];
  notices: string[];
  /** Present while the job can be cancelled. */
  cancel?: () => void;
}

export const corpusJobs = createStore<{ jobs: Record<string, CorpusJob> }>(() => ({ jobs: {} }));

/** Starts (or restarts) the job of a corpus. */
export function startJob(key: string, phase: JobPhase, total: number, cancel?: () => void): void {
  corpusJobs.setState((s) => ({ jobs: { ...s.jobs, [key]: { phase, done: 0, total, current: null, problems: [], notices: [], cancel } } }));
}

/** Merges a change into a corpus's job (ignored when there is none). */
export function updateJob(key: string, patch: Partial<CorpusJob> | ((j: CorpusJob) => Partial<CorpusJob>)): void {
  corpusJobs.setState((s) => {
    const j = s.jobs[key];
    if (!j) return s;
    return { jobs: { ...s.jobs, [key]: { ...j, ...(typeof patch === 'function' ? patch(j) : patch) } } };
  });
}

export const addProblem = (key: string, name: string, message: string) =>
  updateJob(key, (j) => ({ problems: [...j.problems, { name, message }] }));

export const addNotice = (key: string, message: string) =>
  updateJob(key, (j) => (j.notices.includes(message) ? {} : { notices: [...j.notices, message] }));

/** Forgets a corpus's job (e.g. after deleting the corpus). */
export function clearJob(key: string): void {
  corpusJobs.setState((s) => {
    const jobs = { ...s.jobs };
    delete jobs[key];
    return { jobs };
  });
}
