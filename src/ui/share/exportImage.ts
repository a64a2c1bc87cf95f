/**
 * Static images of the current view for reports: the live graph SVG cloned with its
 * computed styles inlined (so it renders identically anywhere, without our stylesheet),
 * framed by a title, the date range, a legend of the encodings in use and a sources caption.
 * PNG is that SVG drawn onto a canvas at 2× for print-quality bitmaps.
 */
import { FAMILY_ENCODING, KIND_ENCODING, ROLE_ENCODING, shapePath } from '../../graph/encodings';
import type { LegendEntries } from '../../graph/legend';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Presentation properties that matter for a faithful static copy. */
const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'opacity',
  'visibility',
  'display',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'marker-end',
  'marker-start',
] as const;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';

export interface ImageMeta {
  title: string;
  /** e.g. "1 Dec 2016 – 31 Jan 2017 (event dates)" or "All dates". */
  dateRange: string;
  /** Outlets of the documents behind the visible evidence. */
  sources: string[];
  legend: LegendEntries;
}

function el<K extends keyof SVGElementTagNameMap>(
  name: K,
  attrs: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/** Copies computed styles from the live tree onto the clone, element by element. */
function inlineStyles(live: Element, clone: Element): void {
  const cs = getComputedStyle(live);
  const decl = STYLE_PROPS.map((p) => [p, cs.getPropertyValue(p)] as const)
    .filter(([, v]) => v && v !== 'normal' && v !== 'auto')
    .map(([p, v]) => `${p}:${v}`)
    .join(';');
  if (decl) clone.setAttribute('style', decl);
  // Interaction-only attributes mean nothing in a file.
  for (const a of ['tabindex', 'role', 'class']) clone.removeAttribute(a);
  const a = live.children;
  const b = clone.children;
  for (let i = 0; i < a.length && i < b.length; i++) inlineStyles(a[i], b[i]);
}

/** Legend rows laid out left to right, wrapping at `width`. Returns the group and its height. */
function legendGroup(legend: LegendEntries, width: number): { g: SVGGElement; height: number } {
  const g = el('g', { 'font-family': FONT, 'font-size': 12, fill: '#1f2328' });
  const items: Array<(x: number, y: number) => SVGElement[]> = [];
  for (const k of legend.kinds) {
    const enc = KIND_ENCODING[k];
    items.push((x, y) => [
      el('path', {
        d: shapePath(enc.shape, 6),
        transform: `translate(${x + 7},${y})`,
        fill: enc.color,
        stroke: '#1f2328',
        'stroke-width': 0.8,
      }),
      el('text', { x: x + 18, y: y + 4 }, enc.label),
    ]);
  }
  for (const f of legend.families) {
    const enc = FAMILY_ENCODING[f];
    items.push((x, y) => [
      el('line', { x1: x, y1: y, x2: x + 14, y2: y, stroke: enc.color, 'stroke-width': 3 }),
      el('text', { x: x + 18, y: y + 4 }, enc.label),
    ]);
  }
  if (legend.negated)
    items.push((x, y) => [
      el('line', {
        x1: x,
        y1: y,
        x2: x + 14,
        y2: y,
        stroke: '#1f2328',
        'stroke-width': 2,
        'stroke-dasharray': '4 3',
      }),
      el('text', { x: x + 18, y: y + 4 }, 'Denied (negated)'),
    ]);
  for (const r of legend.roles) {
    const enc = ROLE_ENCODING[r];
    items.push((x, y) => [
      el('circle', { cx: x + 7, cy: y, r: 6, fill: '#fff', stroke: '#1f2328' }),
      el(
        'text',
        { x: x + 7, y: y + 3.5, 'text-anchor': 'middle', 'font-size': 8, 'font-weight': 700 },
        enc.badge,
      ),
      el('text', { x: x + 18, y: y + 4 }, enc.label),
    ]);
  }
  const colW = 170;
  const perRow = Math.max(1, Math.floor((width - 24) / colW));
  items.forEach((draw, i) => {
    for (const node of draw(12 + (i % perRow) * colW, 10 + Math.floor(i / perRow) * 20)) g.appendChild(node);
  });
  return { g, height: items.length ? Math.ceil(items.length / perRow) * 20 + 6 : 0 };
}

/** Wraps words into lines of at most `max` characters (SVG text does not wrap). */
function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const w of text.split(/\s+/)) {
    if (line && (line + ' ' + w).length > max) {
      lines.push(line);
      line = w;
    } else line = line ? line + ' ' + w : w;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Builds a standalone SVG document of the current view from the live graph SVG.
 * Returns the serialised markup and its pixel size.
 */
export function buildViewSvg(
  live: SVGSVGElement,
  meta: ImageMeta,
): { svg: string; width: number; height: number } {
  const rect = live.getBoundingClientRect();
  const width = Math.max(320, Math.round(rect.width || Number(live.getAttribute('width')) || 800));
  const graphH = Math.max(200, Math.round(rect.height || Number(live.getAttribute('height')) || 600));
  const clone = live.cloneNode(true) as SVGSVGElement;
  inlineStyles(live, clone);
  clone.removeAttribute('style');
  const headerH = 58;
  clone.setAttribute('x', '0');
  clone.setAttribute('y', String(headerH));
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(graphH));
  if (!clone.getAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${width} ${graphH}`);

  const legend = legendGroup(meta.legend, width);
  const caption = wrap(
    `Sources: ${meta.sources.length ? meta.sources.join(', ') : 'none shown'}. Made with Parley; every edge cites its sentence.`,
    Math.floor(width / 6.5),
  );
  const footerY = headerH + graphH + 8;
  const height = footerY + legend.height + caption.length * 15 + 12;

  // createElementNS gives the namespace; XMLSerializer writes xmlns itself (setting it too duplicates it).
  const root = el('svg', {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    'font-family': FONT,
  });
  root.appendChild(el('title', {}, meta.title));
  root.appendChild(el('rect', { x: 0, y: 0, width, height, fill: '#ffffff' }));
  root.appendChild(
    el('text', { x: 12, y: 24, 'font-size': 18, 'font-weight': 700, fill: '#1f2328' }, meta.title),
  );
  root.appendChild(el('text', { x: 12, y: 44, 'font-size': 13, fill: '#444c56' }, meta.dateRange));
  root.appendChild(el('line', { x1: 0, y1: headerH - 2, x2: width, y2: headerH - 2, stroke: '#d0d7de' }));
  root.appendChild(clone);
  legend.g.setAttribute('transform', `translate(0,${footerY})`);
  root.appendChild(legend.g);
  caption.forEach((line, i) =>
    root.appendChild(
      el('text', { x: 12, y: footerY + legend.height + 14 + i * 15, 'font-size': 11, fill: '#444c56' }, line),
    ),
  );
  return { svg: new XMLSerializer().serializeToString(root), width, height };
}

/** Rasterises SVG markup to a PNG blob at `scale`× its size (drawn through an <img> and a canvas). */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = new Image(width, height);
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('This browser cannot draw on a canvas.');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('Could not encode the PNG.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
