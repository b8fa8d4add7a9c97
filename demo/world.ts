import { generateFacilityId } from '../vocabulary/facility-id';
import { DEMO_ORGANIZATIONS, organizationsOfKind, type DemoOrganization } from './organizations';
import { SeededRandom } from './random';

/**
 * The demo world every subgraph seeds its own part of: the same organisations, facilities and
 * supply chains on every machine, so that cross-subgraph references line up.
 */
export const PRODUCING_COUNTRIES = ['BD', 'VN', 'KH', 'IN', 'PK', 'CN', 'ID', 'TR', 'ET', 'MX'] as const;
export const BUYING_COUNTRIES = ['US', 'DE', 'FR', 'NL', 'ES', 'GB'] as const;
export const DEMO_COUNTRIES = [...PRODUCING_COUNTRIES, ...BUYING_COUNTRIES];

export interface DemoFacility {
  id: string;
  name: string;
  address: string;
  country: string;
  latitude: number;
  longitude: number;
  sector: string;
  productTypes: string[];
  workerCountMin: number;
  workerCountMax: number | null;
  femaleWorkerShare: number;
  migrantWorkerShare: number;
  ownerId: string | null;
  status: 'ACTIVE' | 'CLOSED' | 'MOVED';
  movedToId: string | null;
  createdOn: string;
}

export interface DemoSupplyChainLink {
  id: string;
  buyerId: string;
  facilityId: string;
  tier: number;
  /** For a tier-2 link: the brand's tier-1 facility it supplies. */
  suppliesFacilityId: string | null;
  since: string;
  until: string | null;
  products: string[];
  publiclyDisclosed: boolean;
}

const CITIES: Record<string, [string, number, number, string[]][]> = {
  BD: [
    ['Dhaka', 23.81, 90.41, ['Mirpur', 'Tejgaon', 'Uttara']],
    ['Gazipur', 24.0, 90.42, ['Tongi', 'Konabari']],
    ['Chattogram', 22.36, 91.78, ['Kalurghat', 'EPZ']],
    ['Narayanganj', 23.62, 90.5, ['Fatullah']],
  ],
  VN: [
    ['Ho Chi Minh City', 10.82, 106.63, ['Tân Bình', 'Thủ Đức']],
    ['Bình Dương', 11.17, 106.67, ['Thuận An', 'Dĩ An']],
    ['Hải Phòng', 20.86, 106.68, ['An Dương']],
  ],
  KH: [
    ['Phnom Penh', 11.56, 104.92, ['Meanchey', 'Dangkao']],
    ['Kandal', 11.48, 104.94, ['Ta Khmau']],
  ],
  IN: [
    ['Tiruppur', 11.11, 77.34, ['Avinashi Road', 'Palladam']],
    ['Bengaluru', 12.97, 77.59, ['Peenya', 'Bommasandra']],
    ['Noida', 28.54, 77.39, ['Sector 63']],
  ],
  PK: [
    ['Lahore', 31.52, 74.36, ['Kot Lakhpat', 'Sundar Industrial Estate']],
    ['Sialkot', 32.49, 74.53, ['Small Industrial Estate']],
    ['Karachi', 24.86, 67.0, ['Korangi', 'SITE']],
  ],
  CN: [
    ['Dongguan', 23.02, 113.75, ['Chang’an', 'Humen']],
    ['Ningbo', 29.87, 121.54, ['Yinzhou', 'Beilun']],
    ['Shenzhen', 22.54, 114.06, ['Bao’an']],
  ],
  ID: [
    ['Bandung', -6.91, 107.61, ['Majalaya', 'Cimahi']],
    ['Semarang', -6.97, 110.42, ['Kendal']],
    ['Tangerang', -6.18, 106.63, ['Cikupa']],
  ],
  TR: [
    ['Istanbul', 41.01, 28.98, ['Bağcılar', 'Esenyurt']],
    ['Denizli', 37.78, 29.09, ['Organize Sanayi']],
    ['Bursa', 40.19, 29.06, ['Nilüfer']],
  ],
  ET: [
    ['Hawassa', 7.06, 38.48, ['Industrial Park']],
    ['Addis Ababa', 9.03, 38.74, ['Bole Lemi']],
  ],
  MX: [
    ['Puebla', 19.04, -98.21, ['Tehuacán']],
    ['Ciudad Juárez', 31.69, -106.42, ['Parque Industrial Antonio J. Bermúdez']],
    ['León', 21.12, -101.68, ['Zona Piel']],
  ],
};

const SECTORS: Record<string, string[]> = {
  Apparel: ['T-shirts', 'Knitwear', 'Trousers', 'Outerwear', 'Underwear'],
  Footwear: ['Sports shoes', 'Leather shoes', 'Sandals'],
  Textiles: ['Yarn', 'Woven fabric', 'Dyeing and finishing'],
  Electronics: ['Printed circuit boards', 'Chargers', 'Headphones'],
  'Home Textiles': ['Towels', 'Bed linen'],
  'Sporting Goods': ['Footballs', 'Gloves'],
};
const COUNTRY_SECTORS: Record<string, string[]> = {
  BD: ['Apparel', 'Apparel', 'Textiles', 'Home Textiles'],
  VN: ['Apparel', 'Footwear', 'Footwear', 'Electronics'],
  KH: ['Apparel', 'Footwear'],
  IN: ['Apparel', 'Textiles', 'Home Textiles'],
  PK: ['Textiles', 'Apparel', 'Sporting Goods'],
  CN: ['Electronics', 'Electronics', 'Apparel', 'Textiles'],
  ID: ['Apparel', 'Footwear', 'Textiles'],
  TR: ['Apparel', 'Textiles'],
  ET: ['Apparel', 'Textiles'],
  MX: ['Apparel', 'Footwear', 'Electronics'],
};
const NAME_FIRST = [
  'Golden',
  'Green',
  'Royal',
  'Star',
  'Lotus',
  'River',
  'Sunrise',
  'Silver',
  'Ocean',
  'Eastern',
  'United',
  'Crescent',
  'Jade',
  'Summit',
  'Harbour',
  'Orchid',
];
const NAME_SECOND = [
  'Thread',
  'Loom',
  'Fashion',
  'Stitch',
  'Fabrics',
  'Knit',
  'Weave',
  'Garments',
  'Works',
  'Textile',
  'Apparel',
  'Tech',
];
const NAME_SUFFIX = ['Ltd', 'Co., Ltd', 'Industries', 'Manufacturing', 'Pvt Ltd', 'JSC', 'Group'];
const STREETS = ['Industrial Road', 'Export Avenue', 'Factory Lane', 'Main Road', 'Ring Road', 'Highway'];
const WORKER_BANDS: [number, number | null][] = [
  [50, 249],
  [250, 999],
  [1000, 2999],
  [3000, 9999],
  [10000, null],
];

export interface DemoWorld {
  organizations: DemoOrganization[];
  facilities: DemoFacility[];
  supplyChainLinks: DemoSupplyChainLink[];
}

function buildFacilities(random: SeededRandom): DemoFacility[] {
  const suppliersByCountry = new Map<string, string[]>();
  for (const supplier of organizationsOfKind('SUPPLIER'))
    suppliersByCountry.set(supplier.country, [...(suppliersByCountry.get(supplier.country) ?? []), supplier.id]);
  const names = new Set<string>();
  const facilities: DemoFacility[] = [];
  for (let index = 0; index < 240; index++) {
    const country = PRODUCING_COUNTRIES[index % PRODUCING_COUNTRIES.length];
    const [city, latitude, longitude, districts] = random.pick(CITIES[country]);
    const sector = random.pick(COUNTRY_SECTORS[country]);
    let name: string;
    do name = `${random.pick(NAME_FIRST)} ${random.pick(NAME_SECOND)} ${random.pick(NAME_SUFFIX)}`;
    while (names.has(`${country}:${name}`));
    names.add(`${country}:${name}`);
    const createdOn = random.dateBetween('2019-01-01', '2025-12-31');
    const [workerCountMin, workerCountMax] = random.pick(WORKER_BANDS);
    facilities.push({
      id: generateFacilityId(country, new Date(`${createdOn}T00:00:00Z`), () => random.next()),
      name,
      address: `${random.integer(1, 400)} ${random.pick(STREETS)}, ${random.pick(districts)}, ${city}`,
      country,
      latitude: Math.round((latitude + (random.next() - 0.5) * 0.2) * 1e5) / 1e5,
      longitude: Math.round((longitude + (random.next() - 0.5) * 0.2) * 1e5) / 1e5,
      sector,
      productTypes: random.sample(SECTORS[sector], random.integer(1, 2)),
      workerCountMin,
      workerCountMax,
      femaleWorkerShare: Math.round((0.3 + random.next() * 0.55) * 100) / 100,
      migrantWorkerShare: Math.round(random.next() * 0.4 * 100) / 100,
      ownerId: random.chance(0.85) ? random.pick(suppliersByCountry.get(country) ?? [null]) : null,
      status: random.chance(0.05) ? 'CLOSED' : 'ACTIVE',
      movedToId: null,
      createdOn,
    });
  }
  // A few relocations: the old site points at its successor in the same country.
  for (const [from, to] of [
    [12, 22],
    [57, 67],
    [131, 141],
  ] as const) {
    facilities[from].status = 'MOVED';
    facilities[from].movedToId = facilities[to].id;
  }
  return facilities;
}

function buildSupplyChains(random: SeededRandom, facilities: DemoFacility[]): DemoSupplyChainLink[] {
  const links: DemoSupplyChainLink[] = [];
  const active = facilities.filter((facility) => facility.status === 'ACTIVE');
  for (const brand of organizationsOfKind('BRAND')) {
    const pool = brand.name.includes('Electronics')
      ? active.filter((facility) => facility.sector === 'Electronics')
      : active.filter((facility) => facility.sector !== 'Electronics');
    const brandLinks: DemoSupplyChainLink[] = [];
    for (const facility of random.sample(pool, random.integer(18, 40))) {
      brandLinks.push({
        id: `scl-${brand.id.slice(4)}-${facility.id}`,
        buyerId: brand.id,
        facilityId: facility.id,
        tier: random.chance(0.75) ? 1 : 2,
        suppliesFacilityId: null,
        since: random.dateBetween('2018-01-01', '2025-06-30'),
        until: null,
        products: facility.productTypes,
        publiclyDisclosed: random.chance(0.6),
      });
    }
    links.push(...withSuppliedFacilities(brandLinks));
  }
  return links;
}

/**
 * Each tier-2 link names one of the brand's tier-1 facilities as the one it supplies, in turn
 * (no random draw: the rest of the world stays as it was), so the demo shows multi-tier trees.
 */
function withSuppliedFacilities(links: DemoSupplyChainLink[]): DemoSupplyChainLink[] {
  const tierOne = links.filter((link) => link.tier === 1);
  let next = 0;
  for (const link of links)
    if (link.tier === 2 && tierOne.length) link.suppliesFacilityId = tierOne[next++ % tierOne.length].facilityId;
  return links;
}

let world: DemoWorld | undefined;

export function demoWorld(): DemoWorld {
  if (world) return world;
  const random = new SeededRandom(20_260_101);
  const facilities = buildFacilities(random);
  world = { organizations: DEMO_ORGANIZATIONS, facilities, supplyChainLinks: buildSupplyChains(random, facilities) };
  return world;
}

/** The organisation a demo token of each role speaks for (`npm start` prints one token per role). */
export function demoPrincipalFor(role: string): { organizationId: string | null; country: string | null } {
  const kind = {
    BRAND: 'BRAND',
    SUPPLIER: 'SUPPLIER',
    UNION: 'UNION',
    REGULATOR: 'REGULATOR',
    AUDITOR: 'AUDIT_FIRM',
    CIVIL_SOCIETY: 'CIVIL_SOCIETY',
  }[role];
  const organization = kind ? organizationsOfKind(kind as DemoOrganization['kind'])[0] : undefined;
  return {
    organizationId: organization?.id ?? null,
    country: role === 'REGULATOR' ? (organization?.country ?? null) : null,
  };
}
