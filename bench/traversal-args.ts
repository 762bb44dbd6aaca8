/**
 * Traversal arguments for the benchmark, chosen from a generated world's own graph, in three draws:
 *   popularity  what users ask: an actor drawn with probability proportional to its meetings (a head of state
 *               far more often than a junior official), pairs likewise at both ends;
 *   even        every actor with a meeting equally likely (what the benchmark used to measure);
 *   busiest     the ten busiest actors themselves, and chains from each of them.
 */
import { rng, worldGraph, type World, type WorldGraph } from "./generate.js";

export type Draw = "popularity" | "even" | "busiest";
export const DRAWS: readonly Draw[] = ["popularity", "even", "busiest"];

export interface Args {
  draw: Draw;
  contacts: string[];
  network: string[];
  /** [from, to, distance in meetings] */
  pairs: Array<[string, string, number]>;
}

/** A sampler over actor indexes with the given weights (binary search over the cumulative sum). */
function sampler(indexes: readonly number[], weight: (i: number) => number, r: () => number): () => number {
  const cum = new Float64Array(indexes.length);
  let total = 0;
  indexes.forEach((i, k) => (cum[k] = total += weight(i)));
  return () => {
    const x = r() * total;
    let lo = 0;
    let hi = indexes.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return indexes[lo]!;
  };
}

/**
 * For each source, one target at each distance 2, 3 and 4 (in meetings), drawn by the same weight among the
 * actors at that distance, so chains of every length the contract's maxHops covers are measured.
 */
function pairsFrom(graph: WorldGraph, sources: readonly number[], n: number, weight: (i: number) => number, r: () => number, id: (i: number) => string): Array<[string, string, number]> {
  const pairs: Array<[string, string, number]> = [];
  for (const from of sources) {
    const dist = graph.distances(from, 4);
    for (const d of [2, 3, 4]) {
      const targets: number[] = [];
      for (let i = 0; i < n; i++) if (dist[i] === d) targets.push(i);
      if (targets.length > 0) pairs.push([id(from), id(sampler(targets, weight, r)()), d]);
    }
  }
  return pairs;
}

/** Traversal arguments of the three draws, deterministic for a world and seed. */
export function traversalArgs(world: World, seed: number, quick: boolean): Args[] {
  const graph = worldGraph(world);
  const r = rng(seed * 17 + world.size);
  const n = world.actors.length;
  const id = (i: number) => world.actors[i]!.id;
  const active = Array.from({ length: n }, (_, i) => i).filter((i) => graph.degree(i) > 0);
  const byDegree = (i: number) => graph.degree(i);
  const popular = sampler(active, byDegree, r);
  const anyone = sampler(active, () => 1, r);
  const people = quick ? 15 : 40;
  const sources = quick ? 5 : 14;
  const draws = (pick: () => number, k: number) => Array.from({ length: k }, pick);

  const popularPeople = draws(popular, people);
  const evenPeople = draws(anyone, people);
  const busiest = [...active].sort((a, b) => graph.degree(b) - graph.degree(a)).slice(0, 10);
  return [
    { draw: "popularity", contacts: popularPeople.map(id), network: popularPeople.map(id), pairs: pairsFrom(graph, draws(popular, sources), n, byDegree, r, id) },
    { draw: "even", contacts: evenPeople.map(id), network: evenPeople.map(id), pairs: pairsFrom(graph, draws(anyone, sources), n, () => 1, r, id) },
    { draw: "busiest", contacts: busiest.map(id), network: busiest.map(id), pairs: pairsFrom(graph, busiest.slice(0, quick ? 3 : 6), n, byDegree, r, id) },
  ];
}
