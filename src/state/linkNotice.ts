/**
 * What the current link could not apply (bad parameters, stale actor ids…), for the
 * dismissible notice. Kept apart from the view store: it is about the link, not the view.
 */
import { create } from 'zustand';

export interface LinkNotice {
  messages: string[];
  /** Adds messages (deduplicated); a later bad link adds to a notice not yet dismissed. */
  report(messages: string[]): void;
  dismiss(): void;
}

export const useLinkNotice = create<LinkNotice>()((set) => ({
  messages: [],
  report: (m) => set((s) => ({ messages: [...new Set([...s.messages, ...m])] })),
  dismiss: () => set({ messages: [] }),
}));
