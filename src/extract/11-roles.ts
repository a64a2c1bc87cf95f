/**
 * Step 11 — roles per actor, derived from its relations: party (backs, fights, negotiates,
 * takes part as a belligerent), mediator, host (hosts/opens an event, or owns its venue
 * city), sponsor (backs an event), observer (attends without being a party), excluded,
 * source (reports/says).
 */
import { lexicon } from './05-lexicon';
import type { ActorKind, Role } from './schema';

const BELLIGERENT: ReadonlySet<ActorKind> = new Set([
  'state',
  'government',
  'military',
  'armed_group',
  'opposition',
]);
const ORDER: Role[] = ['party', 'mediator', 'host', 'sponsor', 'observer', 'excluded', 'source'];

interface RoleRelation {
  source: string;
  target: string;
  family: string;
  type: string;
  negated: boolean;
}

/** Roles of every actor id, in a fixed order. */
export function deriveRoles(
  actors: Array<{ id: string; kind: ActorKind; name: string }>,
  relations: RoleRelation[],
): Map<string, Role[]> {
  const kind = new Map(actors.map((a) => [a.id, a.kind]));
  const roles = new Map<string, Set<Role>>(actors.map((a) => [a.id, new Set<Role>()]));
  const add = (id: string, r: Role) => roles.get(id)?.add(r);
  for (const r of relations) {
    const tEvent = kind.get(r.target) === 'event';
    if (r.family === 'exclude') add(kind.get(r.source) === 'event' ? r.target : r.source, 'excluded');
    if (r.negated) {
      if (r.family === 'invite') add(r.target, 'excluded');
      continue;
    }
    switch (r.family) {
      case 'support':
        if (tEvent) add(r.source, 'sponsor');
        else {
          add(r.source, 'party');
          add(r.target, 'party');
        }
        break;
      case 'conflict':
      case 'negotiate':
        add(r.source, 'party');
        add(r.target, 'party');
        break;
      case 'mediate':
        add(r.source, r.type === 'hosts' || r.type === 'opens' ? 'host' : 'mediator');
        break;
      case 'participate':
        if (BELLIGERENT.has(kind.get(r.source)!)) add(r.source, 'party');
        break;
      case 'statement':
        add(r.source, 'source');
        break;
    }
  }
  for (const r of relations)
    if (r.family === 'participate' && !r.negated && !roles.get(r.source)?.has('party'))
      add(r.source, 'observer');
  // the country whose capital gives an event its name hosts it ("Astana talks" → Kazakhstan)
  const lex = lexicon();
  for (const a of actors) {
    if (a.kind !== 'event') continue;
    const first = a.name.split(/\s+/)[0].toLowerCase();
    const g = lex.gazetteer.longest([first], 0, 1, (e) => e.type === 'country' && e.form === 'capital');
    if (g && g[1].type === 'country' && roles.has(g[1].country)) add(g[1].country, 'host');
  }
  const out = new Map<string, Role[]>();
  for (const [id, set] of roles)
    out.set(
      id,
      ORDER.filter((r) => set.has(r)),
    );
  return out;
}
