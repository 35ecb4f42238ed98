/**
 * States, provinces and major cities from the `city-timezones` package (Natural Earth's populated
 * places: every city with its country, first-level region and population). The build slims its
 * data to the fields and cities read here (see esbuild.mjs), so loading it costs little at start.
 */
// Required rather than imported: an ES default import of a CommonJS array makes the bundle copy
// each of its thousands of indices into a wrapper object at start-up.
import cityMap = require('city-timezones/data/cityMap.json');

/** One row of the package's data, as far as the gazetteer reads it. */
export interface CityRow {
  city: string;
  pop: number;
  iso2: string;
  province?: string;
  state_ansi?: string | null;
}

/** Cities at least this large are places news prose names on their own. */
export const MAJOR_CITY_POPULATION = 300_000;
/** A region counts when a city of at least this size lies in it (drops tiny or misspelt regions). */
export const REGION_CITY_POPULATION = 50_000;

// Region and city names that are far more often words or people's names than places in English prose.
const AMBIGUOUS = new Set(`
  central northern southern eastern western north south east west centre center capital federal
  national delta plateau rivers highland highlands borders down lakes coast upper lower greater
  victoria florence charlotte austin hamilton richmond aurora mesa phoenix buffalo columbus natal
  salvador santos bello soledad jian leon hue aba jos medina kingston nice mobile reading bath
  independence concord lincoln jackson madison georgetown orange paris washington mary santa`.trim().split(/\s+/));

/** A gazetteer entry taken from the package: region (state or province) or city. */
export interface WorldPlace {
  kind: 'region' | 'city';
  name: string;
  iso2: string;
  /** A US state's two-letter postal code. */
  postal?: string;
  /** A city's population. */
  population?: number;
}

/** The regions and major cities of the package's data, ambiguous single words left out. */
export function worldPlaces(rows: readonly CityRow[] = cityMap as CityRow[]): WorldPlace[] {
  const out = new Map<string, WorldPlace>();
  for (const row of rows) {
    const region = row.province?.trim();
    if (region && row.pop >= REGION_CITY_POPULATION && usable(region)) {
      const postal = row.iso2 === 'US' && row.state_ansi ? row.state_ansi : undefined;
      if (!out.has(region)) out.set(region, { kind: 'region', name: region, iso2: row.iso2, postal });
    }
    if (row.pop >= MAJOR_CITY_POPULATION && usable(row.city) && !out.has(row.city)) out.set(row.city, { kind: 'city', name: row.city, iso2: row.iso2, population: row.pop });
  }
  return [...out.values()];
}

// A plain regular expression, not a Unicode one: this runs on every row at start-up.
function usable(name: string): boolean {
  return /^[A-Z][^0-9(),/]+$/.test(name) && !AMBIGUOUS.has(name.toLowerCase());
}
