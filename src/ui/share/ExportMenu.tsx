/**
 * "Export": static files of the current view for reports and other tools — SVG and PNG
 * images (with legend, title, date range and sources), and the visible data as ActorGraph
 * JSON, GEXF, GraphML and CSV. Everything is built in the browser and saved locally.
 * The exporters (graphology, GEXF/GraphML writers, the image builder) are loaded with a
 * dynamic import() on first use, so they stay out of the first page load.
 */
import { useEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import type { ActorGraph } from '../../extract/schema';
import type { LegendEntries } from '../../graph/legend';
import { downloadBlob, downloadText } from './download';

/** What an export is made of, derived from the current view. */
export interface ExportInputs {
  /** The visible part of the graph (viewSubgraph of the current view). */
  visible: ActorGraph;
  dateRange: string;
  sources: string[];
}

interface Props {
  /**
   * Builds the export inputs when an export runs: cutting the visible subgraph out of a big
   * corpus is tens of milliseconds, too much to repeat on every render of the header.
   */
  prepare: () => ExportInputs;
  pinned: Record<string, [number, number]>;
  title: string;
  legend: LegendEntries;
  stem: string;
}

/** The data exporters, fetched on first use (graphology and its GEXF/GraphML writers are large). */
const exporters = () => import('../../graph/export');

/** The live graph drawing: the largest SVG inside the "Actor network" region. */
export function findGraphSvg(root: ParentNode = document): SVGSVGElement | null {
  const region = root.querySelector('[aria-label="Actor network"]');
  const svgs = [...(region ?? root).querySelectorAll('svg')];
  const area = (s: SVGSVGElement) => s.getBoundingClientRect().width * s.getBoundingClientRect().height;
  return svgs.sort((a, b) => area(b) - area(a))[0] ?? null;
}

/**
 * Node positions as drawn (graph coordinates from each node's translate), so Gephi and
 * yEd open the file with the same picture; pinned positions win where the DOM has none.
 */
export function drawnPositions(pinned: Record<string, [number, number]>): Record<string, [number, number]> {
  const out: Record<string, [number, number]> = { ...pinned };
  for (const el of findGraphSvg()?.querySelectorAll('[data-actor-id][transform]') ?? []) {
    const m = /translate\(\s*(-?[\d.e+-]+)[ ,]+(-?[\d.e+-]+)\s*\)/.exec(el.getAttribute('transform') ?? '');
    const id = el.getAttribute('data-actor-id');
    if (m && id && Number.isFinite(+m[1]) && Number.isFinite(+m[2]))
      out[id] = [Math.round(+m[1] * 10) / 10, Math.round(+m[2] * 10) / 10];
  }
  return out;
}

export function ExportMenu({ prepare, pinned, title, legend, stem }: Props) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (e: Event) => {
      if (e instanceof KeyboardEvent ? e.key === 'Escape' : !box.current?.contains(e.target as Node)) {
        setOpen(false);
        if (e instanceof KeyboardEvent) trigger.current?.focus();
      }
    };
    // Keyboard users land on the first item, as the menu pattern expects.
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    document.addEventListener('pointerdown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('pointerdown', close);
      document.removeEventListener('keydown', close);
    };
  }, [open]);

  const image = (format: 'svg' | 'png') => async () => {
    const live = findGraphSvg();
    if (!live) throw new Error('Switch to the graph view to export an image.');
    // The view as it is now, before awaiting: it may change while the chunk loads.
    const { dateRange, sources } = prepare();
    const { buildViewSvg, svgToPng } = await import('./exportImage');
    const { svg, width, height } = buildViewSvg(live, { title, dateRange, sources, legend });
    if (format === 'svg') downloadText(svg, `${stem}.svg`, 'image/svg+xml');
    else downloadBlob(await svgToPng(svg, width, height, 2), `${stem}.png`);
  };
  const items: Array<[string, () => void | Promise<void>]> = [
    ['SVG image', image('svg')],
    ['PNG image (2×)', image('png')],
    [
      'ActorGraph JSON',
      async () => {
        const { visible } = prepare();
        downloadText((await exporters()).toActorGraphJson(visible), `${stem}.json`, 'application/json');
      },
    ],
    [
      'GEXF (Gephi)',
      async () => {
        // Read the drawn positions before awaiting: the drawing may move while the chunk loads.
        const at = drawnPositions(pinned);
        const { visible } = prepare();
        downloadText((await exporters()).toGexf(visible, at), `${stem}.gexf`, 'application/xml');
      },
    ],
    [
      'GraphML',
      async () => {
        const at = drawnPositions(pinned);
        const { visible } = prepare();
        downloadText((await exporters()).toGraphml(visible, at), `${stem}.graphml`, 'application/xml');
      },
    ],
    [
      'CSV of evidence',
      async () => {
        const { visible } = prepare();
        downloadText((await exporters()).toCsv(visible), `${stem}.csv`, 'text/csv');
      },
    ],
  ];

  /** Arrow keys, Home and End move between items (WAI-ARIA menu pattern). */
  const onMenuKey = (e: ReactKeyboardEvent<HTMLUListElement>) => {
    const items = [...e.currentTarget.querySelectorAll<HTMLElement>('[role="menuitem"]')];
    const i = items.indexOf(document.activeElement as HTMLElement);
    const next = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: items.length - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    items[(next + items.length) % items.length]?.focus();
  };

  const run = (fn: () => void | Promise<void>) => async () => {
    setOpen(false);
    setError(null);
    try {
      await fn();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <div className="export-menu" ref={box}>
      <button
        type="button"
        className="btn"
        ref={trigger}
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
      >
        Export
      </button>
      {open && (
        <ul role="menu" aria-label="Export" ref={menu} onKeyDown={onMenuKey}>
          {items.map(([label, fn]) => (
            <li role="none" key={label}>
              <button type="button" role="menuitem" onClick={run(fn)}>
                {label}
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <span role="alert" className="export-error">
          {error}
        </span>
      )}
    </div>
  );
}
