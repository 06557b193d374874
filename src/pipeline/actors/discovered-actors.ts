// Persons found by a title-plus-name pattern and not in the registry: kept as actors marked discovered,
// so a new article about a new person shows that person before anyone curates the registry.
import type { Actor } from '../../schema/dataset';
import { hashId } from '../hash-id';
import type { Discovered } from './match-actors';
import type { RoleTitles } from './registry-schema';

export type Discovery = Discovered;

export class DiscoveredActors {
  private readonly byId = new Map<string, Discovery>();

  constructor(private readonly titles: RoleTitles) {}

  /** Registers a discovery (the same normalised name is one person) and returns its actor id. */
  register(d: Discovery): string {
    const id = hashId('d', d.key);
    if (!this.byId.has(id)) this.byId.set(id, d);
    return id;
  }

  /** The discovery an actor id was registered for, if it is one. */
  get(id: string): Discovery | undefined {
    return this.byId.get(id);
  }

  /** The discoveries in the order first seen. */
  entries(): Discovery[] {
    return [...this.byId.values()];
  }

  /** The discoveries as actors, each with its count of mentions (countMentions). */
  toActors(counts: ReadonlyMap<string, number>): Actor[] {
    return [...this.byId.entries()].map(([id, d]) => {
      const heads = this.titles.roles[d.role.role];
      return {
        id,
        name: { en: d.latin, ar: d.name },
        shortName: { en: d.latin, ar: d.name },
        aliases: [...new Set([d.name, d.latin])],
        country: d.role.country,
        roles: heads
          ? [{ title: { en: heads.en[0] ?? d.role.role, ar: heads.ar[0] ?? d.role.role }, role: d.role.role, country: d.role.country ?? '', from: null, to: null }]
          : [],
        mentionCount: counts.get(id) ?? 0,
        discovered: true,
        discovery: { written: d.name, language: d.language, transliterated: d.language === 'ar' },
      };
    });
  }
}
