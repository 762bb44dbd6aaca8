/** Traversal arguments for the benchmark, chosen from a generated world's own graph. */
import { rng, worldGraph, type World } from "./generate.js";

export interface Args {
  contacts: string[];
  network: string[];
  /** [from, to, distance in meetings] */
  pairs: Array<[string, string, number]>;
}

/** Traversal arguments from the generated graph: hubs and ordinary actors, pairs 2-4 meetings apart. */
export function traversalArgs(world: World, seed: number, quick: boolean): Args {
  const graph = worldGraph(world);
  const r = rng(seed * 17 + world.size);
  const n = world.actors.length;
  const ranked = Array.from({ length: n }, (_, i) => i).filter((i) => graph.degree(i) > 0).sort((a, b) => graph.degree(b) - graph.degree(a));
  const hubs = ranked.slice(0, 5);
  const leaves = ranked.filter((i) => graph.degree(i) <= 3);
  const ordinary = ranked.filter((i) => graph.degree(i) > 3 && graph.degree(i) < 50);
  const some = (xs: number[], k: number) => (xs.length === 0 ? [] : Array.from({ length: k }, () => xs[Math.floor(r() * xs.length)]!));
  const id = (i: number) => world.actors[i]!.id;
  const people = [...hubs, ...some(ordinary, quick ? 5 : 10), ...some(leaves, quick ? 5 : 10)];
  const pairs: Array<[string, string, number]> = [];
  const sources = [...hubs.slice(0, quick ? 2 : 3), ...some(leaves, quick ? 4 : 12)];
  for (const from of sources) {
    const dist = graph.distances(from, 4);
    for (const d of [2, 3, 4]) {
      const targets: number[] = [];
      for (let i = 0; i < n; i++) if (dist[i] === d && graph.degree(i) <= 5) targets.push(i);
      if (targets.length > 0) pairs.push([id(from), id(targets[Math.floor(r() * targets.length)]!), d]);
    }
  }
  // Two heads of state (many chains between them) and a head of state to an ordinary actor.
  pairs.push([id(hubs[0]!), id(hubs[1]!), Math.max(1, graph.distances(hubs[0]!, 4)[hubs[1]!]!)]);
  return { contacts: people.map(id), network: people.map(id), pairs };
}
