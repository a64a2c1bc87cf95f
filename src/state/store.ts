/**
 * The view store: exactly the reader's raw choices (ViewState) plus the actions that
 * change them. Nothing derived lives here — filtered graph, counts and layout come from
 * selectors — so the URL codec can mirror the store field for field.
 */
import { create } from 'zustand';
import type { ActorKind, Family, Role } from '../extract/schema';
import { DEFAULT_VIEW, type Clock, type NegatedFilter, type Selection, type ViewMode, type ViewState } from './viewState';

export interface ViewActions {
  toggleFamily(f: Family): void;
  setFamilies(f: Family[]): void;
  toggleKind(k: ActorKind): void;
  setKinds(k: ActorKind[]): void;
  toggleRole(r: Role): void;
  setRoles(r: Role[]): void;
  toggleSource(docId: string): void;
  setSources(ids: string[]): void;
  setNegated(n: NegatedFilter): void;
  setMinEvidence(n: number): void;
  setSearch(q: string): void;
  /** Inclusive ISO day range on the current clock, or null for all time. */
  setTimeRange(range: [string, string] | null): void;
  setClock(c: Clock): void;
  select(s: Selection | null): void;
  setFocus(f: ViewState['focus']): void;
  setView(v: ViewMode): void;
  openReader(doc: string, sentence?: string): void;
  closeReader(): void;
  pin(id: string, at: [number, number]): void;
  unpin(id: string): void;
  /** Applies many fields at once (URL decoding, corpus switches); unspecified fields stay. */
  replaceState(partial: Partial<ViewState>): void;
  /** Clears every filter back to the defaults, keeping corpus, view mode and pins. */
  resetFilters(): void;
}

export type ViewStore = ViewState & ViewActions;

function toggle<T>(list: readonly T[], v: T): T[] {
  return list.includes(v) ? list.filter((x) => x !== v) : [...list, v];
}

/** The single store instance used by the app. */
export const useViewStore = create<ViewStore>()((set) => ({
  ...DEFAULT_VIEW,
  toggleFamily: (f) => set((s) => ({ families: toggle(s.families, f) })),
  setFamilies: (families) => set({ families }),
  toggleKind: (k) => set((s) => ({ kinds: toggle(s.kinds, k) })),
  setKinds: (kinds) => set({ kinds }),
  toggleRole: (r) => set((s) => ({ roles: toggle(s.roles, r) })),
  setRoles: (roles) => set({ roles }),
  toggleSource: (d) => set((s) => ({ sources: toggle(s.sources, d) })),
  setSources: (sources) => set({ sources }),
  setNegated: (negated) => set({ negated }),
  setMinEvidence: (n) => set({ minEvidence: Math.max(1, Math.floor(Number.isFinite(n) ? n : 1)) }),
  setSearch: (search) => set({ search }),
  setTimeRange: (range) => set({ timeRange: range && range[0] > range[1] ? [range[1], range[0]] : range }),
  // A range means different days on the other clock, so switching clocks clears it.
  setClock: (clock) => set((s) => (s.clock === clock ? {} : { clock, timeRange: null })),
  select: (selection) => set({ selection }),
  setFocus: (focus) => set({ focus: focus ? { actor: focus.actor, depth: Math.max(0, Math.floor(focus.depth)) } : null }),
  setView: (view) => set({ view }),
  openReader: (doc, sentence) => set({ reader: sentence ? { doc, sentence } : { doc } }),
  closeReader: () => set({ reader: null }),
  pin: (id, at) => set((s) => ({ pinned: { ...s.pinned, [id]: at } })),
  unpin: (id) =>
    set((s) => {
      if (!(id in s.pinned)) return {};
      const pinned = { ...s.pinned };
      delete pinned[id];
      return { pinned };
    }),
  replaceState: (partial) => set(partial),
  resetFilters: () =>
    set({
      families: [],
      kinds: [],
      roles: [],
      sources: [],
      negated: DEFAULT_VIEW.negated,
      minEvidence: DEFAULT_VIEW.minEvidence,
      search: '',
      timeRange: null,
      focus: null,
    }),
}));

/** The raw ViewState part of the store (without actions), e.g. for the URL codec. */
export function viewStateOf(s: ViewStore): ViewState {
  const { corpus, families, kinds, roles, sources, negated, minEvidence, search, timeRange, clock, selection, focus, view, reader, pinned } = s;
  return { corpus, families, kinds, roles, sources, negated, minEvidence, search, timeRange, clock, selection, focus, view, reader, pinned };
}
