import { seededRandom } from '../../../../demo/random';
import type { FacilityToMatch, RegisteredFacility } from '../domain/matching';

/** Deterministic sample data for benchmarks and tests, across ten producing countries. */
const COUNTRIES = ['BD', 'VN', 'KH', 'IN', 'PK', 'CN', 'ID', 'TR', 'ET', 'MX'];
const FIRST = [
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
  'Pearl',
  'Delta',
  'Maple',
  'Coral',
];
const SECOND = [
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
  'Denim',
  'Sweater',
  'Shoes',
  'Leather',
];
const SURNAMES = [
  'Rahman',
  'Nguyen',
  'Chea',
  'Patel',
  'Khan',
  'Wang',
  'Santoso',
  'Yilmaz',
  'Tesfaye',
  'Garcia',
  'Hossain',
  'Tran',
  'Sok',
  'Singh',
  'Ahmed',
  'Li',
  'Wijaya',
  'Demir',
  'Bekele',
  'Lopez',
];
const SYLLABLES = [
  'ka',
  'ri',
  'mo',
  'sa',
  'tan',
  'lu',
  'ven',
  'do',
  'ha',
  'pel',
  'zu',
  'ni',
  'ro',
  'ba',
  'kim',
  'ta',
  'sol',
  'me',
  'ar',
  'vi',
  'nor',
  'ga',
  'li',
  'shan',
  'te',
  'bo',
  'ran',
  'ki',
  'mu',
  'del',
];
const SUFFIX = ['Ltd', 'Co., Ltd', 'Industries', 'Manufacturing', 'Pvt Ltd', 'JSC', 'Limited'];
const STREETS = [
  'Industrial Road',
  'Export Avenue',
  'Factory Lane',
  'Main Road',
  'Ring Road',
  'Highway',
  'Station Road',
  'Canal Street',
];
const PLACES = ['Export Processing Zone', 'Industrial Park', 'Industrial Estate', 'Special Economic Zone', 'Free Zone'];
const SECTORS = ['Apparel', 'Footwear', 'Textiles', 'Electronics', 'Home Textiles'];

const quote = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/**
 * A facility list in Open Supply Hub's layout: mostly distinct facilities, with repeats and
 * respellings of earlier rows (so that matching has work to do) and a few unreadable rows.
 */
export function sampleFacilityList(rows: number, seed = 20_240_611): string {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const written: string[][] = [];
  const lines = ['country,name,address,sector,product_type,number_of_workers'];
  for (let i = 0; i < rows; i++) {
    const roll = random();
    let row: string[];
    if (written.length > 0 && roll < 0.1) {
      row = [...pick(written)];
    } else if (written.length > 0 && roll < 0.15) {
      const [country, name, ...rest] = pick(written);
      row = [
        country,
        name.replace(/ (Ltd|Limited|Co\., Ltd)$/, ' Company Limited').replace('Garments', 'Gmts'),
        ...rest,
      ];
    } else if (roll > 0.995) {
      row = [pick(['XX', 'Atlantis', '']), `${pick(FIRST)} ${pick(SECOND)} ${pick(SUFFIX)}`, 'Unknown', '', '', ''];
    } else {
      const country = pick(COUNTRIES);
      const word = pick(SYLLABLES) + pick(SYLLABLES) + pick(SYLLABLES);
      const distinctive = word[0].toUpperCase() + word.slice(1);
      const name = `${distinctive} ${pick([...FIRST, ...SURNAMES])} ${pick(SECOND)} ${pick(SUFFIX)}`;
      const address = `Plot ${1 + Math.floor(random() * 900)}, ${pick(STREETS)}, ${pick(SURNAMES)} ${pick(PLACES)} ${1 + Math.floor(random() * 40)}`;
      const workers = `${100 * (1 + Math.floor(random() * 20))}`;
      row = [country, name, address, pick(SECTORS), 'Garments|Accessories', workers];
      written.push(row);
    }
    lines.push(row.map(quote).join(','));
  }
  return `${lines.join('\n')}\n`;
}

export interface MatchingWorkload {
  facilities: RegisteredFacility[];
  /** Even rows respell the facility at the same position (`F<position>`); odd rows are facilities of their own. */
  rows: FacilityToMatch[];
}

/** `size` registered facilities and `size` list rows across ten countries, for matching at scale. */
export function sampleMatchingWorkload(size: number, seed = 2024): MatchingWorkload {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const syllables = [
    'ka',
    'ri',
    'mo',
    'tan',
    'sun',
    'lee',
    'hua',
    'dong',
    'ra',
    'bi',
    'sa',
    'ne',
    'lu',
    'pa',
    'xin',
    'gar',
    'ven',
    'mar',
    'lo',
    'shi',
  ];
  const word = () => pick(syllables) + pick(syllables) + (random() < 0.6 ? pick(syllables) : '');
  const products = ['Garments', 'Textiles', 'Knitwear', 'Footwear', 'Apparel', 'Electronics', 'Fashion', 'Denim'];
  const cities = ['Dhaka', 'Gazipur', 'Karachi', 'Hanoi', 'Lahore', 'Dongguan', 'Bursa', 'Puebla'];
  const facilities: RegisteredFacility[] = Array.from({ length: size }, (_, i) => ({
    id: `F${i}`,
    country: pick(COUNTRIES),
    name: `${word()} ${word()} ${pick(products)} Ltd`,
    address: `Plot ${1 + Math.floor(random() * 500)}, ${word()} Road, ${word()} Industrial Area, ${pick(cities)}`,
  }));
  const rows = Array.from({ length: size }, (_, i) => {
    if (i % 2 === 1)
      return {
        country: pick(COUNTRIES),
        name: `${word()} ${word()} ${pick(products)}`,
        address: `${word()} Road, ${pick(cities)}`,
      };
    const facility = facilities[i];
    return {
      country: facility.country,
      name: facility.name.replace('Ltd', 'Limited').toUpperCase(),
      address: facility.address.replace('Road', 'Rd.'),
    };
  });
  return { facilities, rows };
}
