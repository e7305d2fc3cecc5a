// The shipped baseline indexed by ID in Maps: a domain or actor ID is data, and data must never reach
// an object's prototype (an actor called `constructor` or `toString` is an ordinary actor here).
import type { Dataset, DatasetDomain } from './dataset.ts';

export type DatasetPosition = DatasetDomain['positions'][string];

export interface BaselineIndex {
  dataset: Dataset;
  domains: ReadonlyMap<string, DatasetDomain>;
  actors: ReadonlyMap<string, Dataset['actors'][number]>;
  position(domainId: string, actorId: string): DatasetPosition | undefined;
}

const cache = new WeakMap<Dataset, BaselineIndex>();

export function baselineIndex(dataset: Dataset): BaselineIndex {
  let index = cache.get(dataset);
  if (index) return index;
  const positions = new Map<string, Map<string, DatasetPosition>>();
  for (const d of dataset.domains) positions.set(d.id, new Map(Object.entries(d.positions)));
  index = {
    dataset,
    domains: new Map(dataset.domains.map((d) => [d.id, d])),
    actors: new Map(dataset.actors.map((a) => [a.id, a])),
    position: (domainId, actorId) => positions.get(domainId)?.get(actorId),
  };
  cache.set(dataset, index);
  return index;
}
