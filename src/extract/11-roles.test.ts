import { describe, expect, it } from 'vitest';
import { deriveRoles } from './11-roles';
import type { ActorKind } from './schema';

const actors: Array<{ id: string; kind: ActorKind; name: string }> = [
  { id: 'russia', kind: 'state', name: 'Russia' },
  { id: 'syrian-government', kind: 'government', name: 'Syrian government' },
  { id: 'syrian-opposition', kind: 'opposition', name: 'Syrian opposition' },
  { id: 'kazakhstan', kind: 'state', name: 'Kazakhstan' },
  { id: 'astana-talks', kind: 'event', name: 'Astana talks' },
  { id: 'envoy', kind: 'person', name: 'An Envoy' },
  { id: 'minister', kind: 'person', name: 'A Minister' },
  { id: 'hnc', kind: 'opposition', name: 'HNC' },
  { id: 'agency', kind: 'media', name: 'Agency' },
  { id: 'qatar', kind: 'state', name: 'Qatar' },
];
const rel = (source: string, family: string, target: string, type = family, negated = false) => ({
  source,
  target,
  family,
  type,
  negated,
});

describe('11 roles', () => {
  const roles = deriveRoles(actors, [
    rel('russia', 'support', 'syrian-government', 'backs'),
    rel('russia', 'mediate', 'astana-talks', 'mediates'),
    rel('syrian-opposition', 'participate', 'astana-talks', 'attends'),
    rel('envoy', 'participate', 'astana-talks', 'attends'),
    rel('minister', 'mediate', 'astana-talks', 'opens'),
    rel('astana-talks', 'exclude', 'hnc', 'not-invited'),
    rel('agency', 'statement', 'syrian-government', 'reports'),
    rel('qatar', 'support', 'astana-talks', 'backs'),
    rel('russia', 'invite', 'syrian-opposition', 'invites', true),
  ]);
  it.each([
    ['russia', ['party', 'mediator']],
    ['syrian-government', ['party']],
    ['syrian-opposition', ['party', 'excluded']],
    ['envoy', ['observer']],
    ['minister', ['host']],
    ['kazakhstan', ['host']],
    ['hnc', ['excluded']],
    ['agency', ['source']],
    ['qatar', ['sponsor']],
    ['astana-talks', []],
  ])('%s → %j', (id, expected) => expect(roles.get(id)).toEqual(expected));
});
