import { seededRandom } from '../../../../demo/random';

/**
 * A deterministic facility list in Open Supply Hub's layout, for benchmarks and tests: mostly
 * distinct facilities across ten producing countries, with repeats and respellings of earlier
 * rows (so that matching has work to do) and a few unreadable rows.
 */
const COUNTRIES = ['BD', 'VN', 'KH', 'IN', 'PK', 'CN', 'ID', 'TR', 'ET', 'MX'];
const FIRST = ['Golden', 'Green', 'Royal', 'Star', 'Lotus', 'River', 'Sunrise', 'Silver', 'Ocean', 'Eastern', 'United', 'Crescent', 'Jade', 'Summit', 'Harbour', 'Orchid', 'Pearl', 'Delta', 'Maple', 'Coral'];
const SECOND = ['Thread', 'Loom', 'Fashion', 'Stitch', 'Fabrics', 'Knit', 'Weave', 'Garments', 'Works', 'Textile', 'Apparel', 'Denim', 'Sweater', 'Shoes', 'Leather'];
const SURNAMES = ['Rahman', 'Nguyen', 'Chea', 'Patel', 'Khan', 'Wang', 'Santoso', 'Yilmaz', 'Tesfaye', 'Garcia', 'Hossain', 'Tran', 'Sok', 'Singh', 'Ahmed', 'Li', 'Wijaya', 'Demir', 'Bekele', 'Lopez'];
const SYLLABLES = ['ka', 'ri', 'mo', 'sa', 'tan', 'lu', 'ven', 'do', 'ha', 'pel', 'zu', 'ni', 'ro', 'ba', 'kim', 'ta', 'sol', 'me', 'ar', 'vi', 'nor', 'ga', 'li', 'shan', 'te', 'bo', 'ran', 'ki', 'mu', 'del'];
const SUFFIX = ['Ltd', 'Co., Ltd', 'Industries', 'Manufacturing', 'Pvt Ltd', 'JSC', 'Limited'];
const STREETS = ['Industrial Road', 'Export Avenue', 'Factory Lane', 'Main Road', 'Ring Road', 'Highway', 'Station Road', 'Canal Street'];
const PLACES = ['Export Processing Zone', 'Industrial Park', 'Industrial Estate', 'Special Economic Zone', 'Free Zone'];
const SECTORS = ['Apparel', 'Footwear', 'Textiles', 'Electronics', 'Home Textiles'];

const quote = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

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
      row = [country, name.replace(/ (Ltd|Limited|Co\., Ltd)$/, ' Company Limited').replace('Garments', 'Gmts'), ...rest];
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
