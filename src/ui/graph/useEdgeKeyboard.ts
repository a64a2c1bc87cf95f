/**
 * Keyboard access to the graph's relations. Edges are drawn before the nodes (so lines
 * sit under shapes) and there can be hundreds, so they are not in the page's tab order;
 * instead Tab on the selected actor enters its relations, the arrow keys walk them (in the
 * side panel's order: by family, then by the other actor's name), Enter selects one and
 * shows its evidence, Escape or Shift+Tab return to the actor, and Tab moves on.
 */
import { useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { FAMILIES } from '../../extract/schema';
import type { FilteredGraph } from '../../graph/filter';
import { relationsAround } from '../../graph/navigation';
import type { Selection } from '../../state/viewState';

export interface EdgeKeyboard {
  /** Edge elements by relation id (set through ref callbacks). */
  edgeRefs: RefObject<Map<string, SVGGElement>>;
  /** Handles Tab on a node; returns true when it moved focus into the node's relations. */
  enterRelations(e: KeyboardEvent, actorId: string): boolean;
  /** Key handler for an edge element. */
  onEdgeKey(e: KeyboardEvent, relationId: string): void;
}

/** Keyboard walk through the selected actor's relations (see the file comment). */
export function useEdgeKeyboard(
  filtered: FilteredGraph,
  names: Map<string, string>,
  selection: Selection | null,
  nodeRefs: RefObject<Map<string, SVGGElement>>,
  onSelect: (s: Selection | null) => void,
): EdgeKeyboard {
  const edgeRefs = useRef(new Map<string, SVGGElement>());
  // The actor whose relations are being walked: kept after Enter selects one of them (the
  // selection is then the relation), so the arrows still move among its siblings.
  const [walked, setWalked] = useState<string | null>(null);
  const selectedActor = selection?.type === 'actor' ? selection.id : null;
  const selectedRel = selection?.type === 'relation' ? filtered.relations.find((r) => r.id === selection.id)?.relation : undefined;
  // A relation selected some other way (panel, timeline) is walked from its source actor,
  // unless the walk that led to it started at its other end.
  const anchor =
    selectedActor ??
    (selectedRel ? (walked === selectedRel.source || walked === selectedRel.target ? walked : selectedRel.source) : walked);
  const order = useMemo(
    () =>
      anchor
        ? relationsAround(
            anchor,
            filtered.relations.map((r) => ({ id: r.id, source: r.relation.source, target: r.relation.target, family: r.relation.family })),
            FAMILIES,
            (id) => names.get(id) ?? id,
          )
        : [],
    [anchor, filtered, names],
  );

  const enterRelations = (e: KeyboardEvent, actorId: string) => {
    if (e.key !== 'Tab' || e.shiftKey || selectedActor !== actorId || order.length === 0) return false;
    e.preventDefault();
    setWalked(actorId);
    edgeRefs.current.get(order[0])?.focus();
    return true;
  };

  const onEdgeKey = (e: KeyboardEvent, id: string) => {
    const list = order.includes(id) ? order : [id];
    const at = list.indexOf(id);
    const anchorNode = anchor ? nodeRefs.current.get(anchor) : undefined;
    if (e.key === 'ArrowDown' || e.key === 'ArrowRight' || e.key === 'ArrowUp' || e.key === 'ArrowLeft') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' || e.key === 'ArrowRight' ? 1 : -1;
      edgeRefs.current.get(list[(at + step + list.length) % list.length])?.focus();
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect({ type: 'relation', id });
    } else if (e.key === 'Escape' || (e.key === 'Tab' && e.shiftKey)) {
      e.preventDefault();
      anchorNode?.focus();
    } else if (e.key === 'Tab' && anchorNode) {
      // Focus the actor without preventing the default, so the browser's own Tab moves on
      // from there: the walk is never a keyboard trap.
      anchorNode.focus();
    }
  };

  return { edgeRefs, enterRelations, onEdgeKey };
}
