/**
 * Visual encodings shared by the graph, timeline, legend and exports: one colour per
 * actor kind (Okabe-Ito, colour-blind safe) plus a shape per kind group, one colour per
 * relation family (dark enough for 3:1 contrast on white), one badge letter per role.
 */
import type { ActorKind, Family, Role } from '../extract/schema';

export type NodeShape = 'circle' | 'triangle' | 'diamond' | 'square' | 'hexagon' | 'pill';

export interface KindEncoding {
  label: string;
  color: string;
  shape: NodeShape;
}

export const KIND_ENCODING: Record<ActorKind, KindEncoding> = {
  state: { label: 'State', color: '#0072B2', shape: 'circle' },
  government: { label: 'Government', color: '#56B4E9', shape: 'circle' },
  military: { label: 'Military', color: '#D55E00', shape: 'triangle' },
  armed_group: { label: 'Armed group', color: '#CC79A7', shape: 'triangle' },
  opposition: { label: 'Opposition', color: '#E69F00', shape: 'diamond' },
  igo: { label: 'Intergovernmental org.', color: '#009E73', shape: 'square' },
  organization: { label: 'Organisation', color: '#7DC4A8', shape: 'square' },
  person: { label: 'Person', color: '#F0E442', shape: 'hexagon' },
  media: { label: 'Media', color: '#B0B0B0', shape: 'square' },
  event: { label: 'Event', color: '#5B6573', shape: 'pill' },
};

export interface FamilyEncoding {
  label: string;
  color: string;
}

export const FAMILY_ENCODING: Record<Family, FamilyEncoding> = {
  support: { label: 'Support', color: '#117733' },
  conflict: { label: 'Conflict', color: '#CC3311' },
  mediate: { label: 'Mediate', color: '#332288' },
  negotiate: { label: 'Negotiate', color: '#0077BB' },
  participate: { label: 'Participate', color: '#00877A' },
  invite: { label: 'Invite', color: '#B35900' },
  exclude: { label: 'Exclude', color: '#882255' },
  affiliation: { label: 'Affiliation', color: '#5F6670' },
  statement: { label: 'Statement', color: '#AA4499' },
};

export interface RoleEncoding {
  label: string;
  /** One or two letters drawn in the node's badge. */
  badge: string;
}

export const ROLE_ENCODING: Record<Role, RoleEncoding> = {
  party: { label: 'Party', badge: 'P' },
  mediator: { label: 'Mediator', badge: 'M' },
  host: { label: 'Host', badge: 'H' },
  sponsor: { label: 'Sponsor', badge: 'S' },
  observer: { label: 'Observer', badge: 'O' },
  excluded: { label: 'Excluded', badge: 'X' },
  source: { label: 'Source', badge: 'Q' },
};

/** Human label for an actor kind ("armed_group" → "armed group"), for accessible names. */
export function kindWords(kind: ActorKind): string {
  return kind === 'igo' ? 'intergovernmental organisation' : kind.replace('_', ' ');
}

/**
 * SVG path for a node shape of radius r centred on 0,0. Shapes have roughly equal visual
 * area so size still reads as involvement whatever the kind.
 */
export function shapePath(shape: NodeShape, r: number): string {
  switch (shape) {
    case 'circle':
      return `M${r},0A${r},${r} 0 1,1 ${-r},0A${r},${r} 0 1,1 ${r},0Z`;
    case 'triangle': {
      const h = r * 1.25;
      return `M0,${-h}L${h * 0.94},${h * 0.7}L${-h * 0.94},${h * 0.7}Z`;
    }
    case 'diamond': {
      const d = r * 1.3;
      return `M0,${-d}L${d},0L0,${d}L${-d},0Z`;
    }
    case 'square': {
      const s = r * 0.9;
      return `M${-s},${-s}H${s}V${s}H${-s}Z`;
    }
    case 'hexagon': {
      const pts = Array.from({ length: 6 }, (_, i) => {
        const a = (Math.PI / 3) * i + Math.PI / 6;
        return `${(r * 1.08 * Math.cos(a)).toFixed(2)},${(r * 1.08 * Math.sin(a)).toFixed(2)}`;
      });
      return `M${pts.join('L')}Z`;
    }
    case 'pill': {
      const w = r * 1.5;
      const h = r * 0.75;
      return `M${-w + h},${-h}H${w - h}A${h},${h} 0 0,1 ${w - h},${h}H${-w + h}A${h},${h} 0 0,1 ${-w + h},${-h}Z`;
    }
  }
}
