// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { buildViewSvg } from './exportImage';

function liveSvg(): SVGSVGElement {
  document.body.innerHTML = `
    <style>.node-label { font-size: 13px; fill: rgb(24, 33, 45); } .edge-line.negated { stroke-dasharray: 5 4; }</style>
    <section aria-label="Actor network">
      <svg class="graph-svg" width="640" height="400" role="group" tabindex="0">
        <g class="edges"><path class="edge-line negated" d="M0,0L10,10" stroke="#117733"/></g>
        <g class="nodes"><g role="button" tabindex="0" aria-label="Houthis, armed group"><text class="node-label">Houthis &amp; allies</text></g></g>
      </svg>
    </section>`;
  return document.querySelector('svg')!;
}

describe('buildViewSvg', () => {
  it('frames the live graph with title, dates, legend and sources, with styles inlined', () => {
    const { svg, width, height } = buildViewSvg(liveSvg(), {
      title: 'Yemen <talks>',
      dateRange: 'Dec 2018 (event dates)',
      sources: ['Al Jazeera', 'Reuters'],
      legend: {
        kinds: ['armed_group'],
        families: ['support'],
        roles: ['party'],
        negated: true,
        multiEdges: false,
      },
    });
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const root = doc.documentElement;
    expect(root.getAttribute('width')).toBe(String(width));
    expect(root.getAttribute('height')).toBe(String(height));
    expect(width).toBe(640);
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toContain('Yemen <talks>');
    expect(texts).toContain('Dec 2018 (event dates)');
    expect(texts).toContain('Houthis & allies');
    expect(texts).toEqual(expect.arrayContaining(['Armed group', 'Support', 'Denied (negated)', 'Party']));
    expect(texts.join(' ')).toContain('Sources: Al Jazeera, Reuters.');
    // Interaction attributes are gone; computed styles travel with the file.
    expect(svg).not.toMatch(/tabindex|role=/);
    expect(doc.querySelector('.node-label')).toBeNull();
    expect(svg).toMatch(/font-size:\s*13px/);
  });
});
