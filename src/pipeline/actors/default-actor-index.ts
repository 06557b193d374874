// The curated registry and role titles (data files), compiled once.
import { buildActorIndex, type ActorIndex } from './actor-index';
import registryJson from './actor-registry.json';
import { parseRegistry, parseRoleTitles } from './registry-schema';
import roleTitlesJson from './role-titles.json';

let compiled: ActorIndex | null = null;

export function defaultActorIndex(): ActorIndex {
  compiled ??= buildActorIndex(parseRegistry(registryJson), parseRoleTitles(roleTitlesJson));
  return compiled;
}
