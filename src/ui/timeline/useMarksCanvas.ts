/**
 * Draws the timeline's marks on a canvas laid over the SVG (for large corpora) and makes
 * them behave like the SVG marks: a click selects a mark's relation instead of starting a
 * brush, hovering outlines the mark and shows its tooltip. The canvas itself takes no
 * pointer events, so the brush underneath works everywhere else.
 */
import { useEffect, useRef, type RefObject } from 'react';
import { hitMark, paintMarks, type DrawnMark } from './drawnMarks';

/**
 * Paints `drawn` into `canvasRef` whenever it changes (selection and range changes only
 * repaint, no DOM work), and handles pointer input on `svgRef` while `enabled`.
 */
export function useMarksCanvas(
  enabled: boolean,
  canvasRef: RefObject<HTMLCanvasElement | null>,
  svgRef: RefObject<SVGSVGElement | null>,
  drawn: readonly DrawnMark[],
  width: number,
  height: number,
  title: (d: DrawnMark) => string,
  onPick: (d: DrawnMark) => void,
): void {
  const hover = useRef<DrawnMark | null>(null);
  const latest = useRef({ drawn, title, onPick, paint: () => {} });

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!enabled || !canvas) return;
    const dpr = window.devicePixelRatio || 1;
    canvas.width = Math.round(width * dpr);
    canvas.height = Math.round(height * dpr);
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    const paint = () => {
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.clearRect(0, 0, width, height);
      paintMarks(ctx, drawn, hover.current && drawn.includes(hover.current) ? hover.current : null);
    };
    latest.current = { drawn, title, onPick, paint };
    paint();
  }, [enabled, canvasRef, drawn, width, height, title, onPick]);

  useEffect(() => {
    const svg = svgRef.current;
    if (!enabled || !svg) return;
    const at = (e: MouseEvent) => {
      const r = svg.getBoundingClientRect();
      return hitMark(latest.current.drawn, e.clientX - r.left, e.clientY - r.top);
    };
    // Capture phase: a press on a mark never reaches the brush (as with SVG marks on top).
    const down = (e: MouseEvent) => {
      if (at(e)) e.stopPropagation();
    };
    const click = (e: MouseEvent) => {
      const d = at(e);
      if (!d) return;
      e.stopPropagation();
      latest.current.onPick(d);
    };
    const move = (e: MouseEvent) => {
      const d = at(e);
      if (d === hover.current) return;
      hover.current = d;
      svg.style.cursor = d ? 'pointer' : '';
      const tip = svg.querySelector('title.timeline-tip');
      if (tip) tip.textContent = d ? latest.current.title(d) : '';
      latest.current.paint();
    };
    const leave = () => {
      if (!hover.current) return;
      hover.current = null;
      svg.style.cursor = '';
      latest.current.paint();
    };
    svg.addEventListener('mousedown', down, true);
    svg.addEventListener('click', click, true);
    svg.addEventListener('mousemove', move);
    svg.addEventListener('mouseleave', leave);
    return () => {
      svg.removeEventListener('mousedown', down, true);
      svg.removeEventListener('click', click, true);
      svg.removeEventListener('mousemove', move);
      svg.removeEventListener('mouseleave', leave);
      svg.style.cursor = '';
    };
  }, [enabled, svgRef]);
}
