// The curated registry and role titles (data files), compiled once. The registry is kept in parts (the core
// file and one file per region under registry/), each with the titles and country terms its people need.
import { buildActorIndex, type ActorIndex } from './actor-index';
import registryJson from './actor-registry.json';
import africaAsiaMore from './registry/africa-asia-more.json';
import africaAsiaMoreTitles from './registry/africa-asia-more.titles.json';
import africaAsia from './registry/africa-asia.json';
import africaAsiaTitles from './registry/africa-asia.titles.json';
import africaWest from './registry/africa-west.json';
import africaWestTitles from './registry/africa-west.titles.json';
import caribbeanPacific from './registry/caribbean-pacific.json';
import caribbeanPacificTitles from './registry/caribbean-pacific.titles.json';
import europeEast from './registry/europe-east.json';
import europeEastTitles from './registry/europe-east.titles.json';
import europe from './registry/europe.json';
import europeTitles from './registry/europe.titles.json';
import gulfLevant from './registry/gulf-levant.json';
import gulfLevantTitles from './registry/gulf-levant.titles.json';
import latinAmerica from './registry/latin-america.json';
import latinAmericaTitles from './registry/latin-america.titles.json';
import moreStates from './registry/more-states.json';
import moreStatesTitles from './registry/more-states.titles.json';
import northAfrica from './registry/north-africa.json';
import northAfricaTitles from './registry/north-africa.titles.json';
import organisations from './registry/organisations.json';
import organisationsTitles from './registry/organisations.titles.json';
import russiaIran from './registry/russia-iran.json';
import russiaIranTitles from './registry/russia-iran.titles.json';
import securityMinisters from './registry/security-ministers.json';
import securityMinistersTitles from './registry/security-ministers.titles.json';
import securityOfficials from './registry/security-officials.json';
import securityOfficialsTitles from './registry/security-officials.titles.json';
import speakers from './registry/speakers.json';
import speakersTitles from './registry/speakers.titles.json';
import world from './registry/world.json';
import worldTitles from './registry/world.titles.json';
import { mergeRegistries, mergeRoleTitles, parseRegistry, parseRoleTitles } from './registry-schema';
import roleTitlesJson from './role-titles.json';

/** Every part of the registry, by the name its errors give. */
export const REGISTRY_PARTS: [string, unknown, unknown][] = [
  ['actor-registry.json', registryJson, roleTitlesJson],
  ['registry/gulf-levant.json', gulfLevant, gulfLevantTitles],
  ['registry/north-africa.json', northAfrica, northAfricaTitles],
  ['registry/world.json', world, worldTitles],
  ['registry/more-states.json', moreStates, moreStatesTitles],
  ['registry/europe.json', europe, europeTitles],
  ['registry/africa-asia.json', africaAsia, africaAsiaTitles],
  ['registry/europe-east.json', europeEast, europeEastTitles],
  ['registry/latin-america.json', latinAmerica, latinAmericaTitles],
  ['registry/africa-asia-more.json', africaAsiaMore, africaAsiaMoreTitles],
  ['registry/organisations.json', organisations, organisationsTitles],
  ['registry/africa-west.json', africaWest, africaWestTitles],
  ['registry/speakers.json', speakers, speakersTitles],
  ['registry/security-ministers.json', securityMinisters, securityMinistersTitles],
  ['registry/security-officials.json', securityOfficials, securityOfficialsTitles],
  ['registry/caribbean-pacific.json', caribbeanPacific, caribbeanPacificTitles],
  ['registry/russia-iran.json', russiaIran, russiaIranTitles],
];

let compiled: ActorIndex | null = null;

export function defaultActorIndex(): ActorIndex {
  compiled ??= buildActorIndex(
    mergeRegistries(REGISTRY_PARTS.map(([name, registry]) => parseRegistry(registry, name))),
    mergeRoleTitles(REGISTRY_PARTS.map(([name, , titles]) => parseRoleTitles(titles, name.replace(/\.json$/, '.titles.json')))),
  );
  return compiled;
}
