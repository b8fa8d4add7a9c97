/**
 * Word lists the normaliser applies, kept as data so that supporting a new country's
 * conventions is an edit here rather than in code. Every entry is already case-folded and
 * stripped of diacritics and punctuation (the form `foldText` produces).
 *
 * What is *not* here on purpose: descriptive words such as "garments", "textile",
 * "industries", "group", "unit" or a country's own name. They can tell two facilities apart
 * ("Sunrise Garments" vs "Sunrise Knitwear"), so they stay in the key; the matcher instead
 * gives every word a weight from how common it is in the registry, which makes "garments"
 * count for little in Bangladesh without special-casing it.
 */

/** Letters that NFKD does not decompose into a base letter plus a mark. */
export const LATIN_TRANSLITERATION: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', ł: 'l', ı: 'i', þ: 'th', ħ: 'h',
  ŧ: 't', ŋ: 'ng', ſ: 's', ĸ: 'k', ƒ: 'f', ơ: 'o', ư: 'u',
};

/**
 * Legal forms and registration boilerplate, removed from names. Multi-word entries are
 * removed as phrases first: "cong ty" (Vietnamese "company") must go, but "cong" alone is
 * part of names such as "Thanh Cong".
 */
export const LEGAL_FORM_PHRASES: readonly string[] = [
  'cong ty', 'co phan', 'trach nhiem huu han', 'mot thanh vien', 'sanayi ve ticaret', 'sanayi ticaret',
  'anonim sirketi', 'limited sirketi', 'sa de cv', 's de rl de cv', 's de rl', 'private limited',
  'public limited', 'limited liability company', 'joint stock company', 'perseroan terbatas',
];

export const LEGAL_FORM_WORDS: ReadonlySet<string> = new Set([
  'ltd', 'limited', 'co', 'company', 'corp', 'corporation', 'inc', 'incorporated', 'llc', 'plc',
  'pvt', 'pte', 'private', 'sa', 'sas', 'sarl', 'srl', 'spa', 'ag', 'gmbh', 'bv', 'nv', 'jsc',
  'ojsc', 'cjsc', 'pt', 'tbk', 'cv', 'ltda', 'bhd', 'sdn', 'tnhh', 'mtv', 'as', 'sti', 'san',
  'sanayi', 'tic', 'ticaret', 'anonim', 'sirketi',
]);

/** Function words that carry nothing for matching, in the languages of the registry. */
export const STOP_WORDS: ReadonlySet<string> = new Set(['and', 'the', 'of', 'de', 'del', 'la', 'el', 'y', 've', 'et', 'und']);

/** Abbreviations found in facility names. */
export const NAME_ABBREVIATIONS: Record<string, string> = {
  gmts: 'garments', gmt: 'garment', intl: 'international', mfg: 'manufacturing', mfrs: 'manufacturers',
  mfr: 'manufacturer', inds: 'industries', ind: 'industries', expo: 'exports', exp: 'exports',
  knit: 'knitting', knits: 'knitting', tex: 'textile', txt: 'textile', apps: 'apparels', bros: 'brothers',
  shri: 'sri', shree: 'sri', sree: 'sri', mohammad: 'muhammad', mohammed: 'muhammad', mohd: 'muhammad',
  md: 'muhammad',
};

/** Multi-word address terms mapped to one canonical form (local languages included). */
export const ADDRESS_PHRASES: Record<string, string> = {
  'export processing zone': 'epz', 'khu che xuat': 'epz', 'special economic zone': 'sez',
  'khu cong nghiep': 'industrial zone', 'organize sanayi bolgesi': 'osb', 'organize sanayi bolge': 'osb',
  'thanh pho': 'city', 'ho chi minh city': 'ho chi minh', 'post office': 'po', 'police station': 'ps',
  'national highway': 'nh', 'national road': 'nh', 'kawasan berikat': 'bonded zone',
  'parque industrial': 'industrial park', 'zona industrial': 'industrial zone',
};

/** Single-word address abbreviations and local synonyms, mapped to the canonical word(s). */
export const ADDRESS_ABBREVIATIONS: Record<string, string> = {
  rd: 'road', st: 'street', str: 'street', ave: 'avenue', av: 'avenue', avda: 'avenue', avenida: 'avenue',
  blvd: 'boulevard', hwy: 'highway', ind: 'industrial', indl: 'industrial', inds: 'industrial',
  indus: 'industrial', est: 'estate', estt: 'estate', dist: 'district', distt: 'district',
  vill: 'village', vil: 'village', bldg: 'building', fl: 'floor', flr: 'floor', blk: 'block',
  sec: 'sector', sect: 'sector', ph: 'phase', nr: 'near', opp: 'opposite', jl: 'jalan', jln: 'jalan',
  kab: 'kabupaten', kec: 'kecamatan', kel: 'kelurahan', cad: 'cadde', cd: 'cadde', caddesi: 'cadde',
  sok: 'sokak', sk: 'sokak', sokagi: 'sokak', mah: 'mahalle', mh: 'mahalle', mahallesi: 'mahalle',
  col: 'colonia', carr: 'carretera', ctra: 'carretera', kcn: 'industrial zone', kcx: 'epz',
  tp: 'city', quan: 'district', q: 'district', huyen: 'district', phuong: 'ward', duong: 'street',
  lo: 'lot', hcm: 'ho chi minh', hcmc: 'ho chi minh', upz: 'upazila', pkwy: 'parkway',
  zhen: 'town', shi: 'city', lu: 'road', jie: 'street', qu: 'district', ctg: 'chittagong',
  chattogram: 'chittagong', bengaluru: 'bangalore', gurugram: 'gurgaon', prov: 'province',
};

/** Words that only say "a number follows" (No. 12, Số 12, #12); dropped before a number. */
export const NUMBER_MARKERS: ReadonlySet<string> = new Set(['no', 'nos', 'number', 'num', 'so', 'nr']);
