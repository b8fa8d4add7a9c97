/**
 * Word lists the normaliser applies, kept as data so that supporting a new country's
 * conventions is an edit here rather than in code. Every entry is already case-folded and
 * stripped of diacritics and punctuation (the form `foldText` produces).
 *
 * What is *not* removed from names, on purpose: descriptive words such as "garments",
 * "textile", "industries", "group", "unit" or a country's own name. They can tell two
 * facilities apart ("Sunrise Garments" vs "Sunrise Knitwear"), so they stay in the key; the
 * matcher instead weighs every word by how common it is in the registry, which makes
 * "garments" count for little in Bangladesh without special-casing it.
 */

/** Letters that NFKD does not decompose into a base letter plus a mark. */
export const LATIN_TRANSLITERATION: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  ı: 'i',
  þ: 'th',
  ħ: 'h',
  ŧ: 't',
  ŋ: 'ng',
  ſ: 's',
  ĸ: 'k',
  ƒ: 'f',
  ơ: 'o',
  ư: 'u',
};

/**
 * Legal forms and registration boilerplate, removed from names. Multi-word entries are
 * removed as phrases first: "cong ty" (Vietnamese "company") must go, but "cong" alone is
 * part of names such as "Thanh Cong".
 */
export const LEGAL_FORM_PHRASES: readonly string[] = [
  'cong ty',
  'co phan',
  'trach nhiem huu han',
  'mot thanh vien',
  'sanayi ve ticaret',
  'sanayi ticaret',
  'anonim sirketi',
  'limited sirketi',
  'sa de cv',
  's de rl de cv',
  's de rl',
  'private limited',
  'public limited',
  'limited liability company',
  'joint stock company',
  'perseroan terbatas',
  'share company',
  'industrial co',
  'industrial company',
  // The same forms as English-language lists render them.
  'one member',
  'industry and trade',
  'industry trade',
];

export const LEGAL_FORM_WORDS: ReadonlySet<string> = new Set([
  'ltd',
  'limited',
  'co',
  'company',
  'corp',
  'corporation',
  'inc',
  'incorporated',
  'llc',
  'plc',
  'pvt',
  'pte',
  'private',
  'sa',
  'sas',
  'sarl',
  'srl',
  'spa',
  'ag',
  'gmbh',
  'bv',
  'nv',
  'jsc',
  'ojsc',
  'cjsc',
  'pt',
  'tbk',
  'cv',
  'ltda',
  'bhd',
  'sdn',
  'tnhh',
  'mtv',
  'as',
  'sti',
  'san',
  'sanayi',
  'tic',
  'ticaret',
  'anonim',
  'sirketi',
  'sc',
  // Not a legal form, but lists add or drop it freely: "Yuyuan Shoes Factory" is "Yuyuan Shoes Co., Ltd.".
  'factory',
]);

/** Function words that carry nothing for matching, in the languages of the registry. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'and',
  'the',
  'of',
  'de',
  'del',
  'la',
  'el',
  'y',
  've',
  'et',
  'und',
]);

/** Abbreviations and romanisation variants found in facility names. */
export const NAME_ABBREVIATIONS: Record<string, string> = {
  gmts: 'garments',
  gmt: 'garment',
  intl: 'international',
  mfg: 'manufacturing',
  mfrs: 'manufacturers',
  mfr: 'manufacturer',
  inds: 'industries',
  ind: 'industries',
  expo: 'exports',
  exp: 'exports',
  knit: 'knitting',
  knits: 'knitting',
  tex: 'textile',
  txt: 'textile',
  apps: 'apparels',
  bros: 'brothers',
  shri: 'sri',
  shree: 'sri',
  sree: 'sri',
  mohammad: 'muhammad',
  mohammed: 'muhammad',
  mohd: 'muhammad',
  md: 'muhammad',
};

/**
 * Local-language address terms and synonyms, mapped to one English form. Abbreviations are
 * expanded (below) rather than full forms contracted, so that a typo in "Organize Sanayi
 * Bölgesi" spoils one word of three instead of the whole term.
 */
export const ADDRESS_PHRASES: Record<string, string> = {
  'khu che xuat': 'export processing zone',
  'khu cong nghiep': 'industrial zone',
  'thanh pho': 'city',
  'ho chi minh city': 'city ho chi minh',
  'national road': 'national highway',
  'kawasan berikat': 'bonded zone',
  'parque industrial': 'industrial park',
  'zona industrial': 'industrial zone',
  'organize sanayi bolge': 'organize sanayi bolgesi',
};

/** Single-word address abbreviations and local synonyms, mapped to the canonical word(s). */
export const ADDRESS_ABBREVIATIONS: Record<string, string> = {
  rd: 'road',
  st: 'street',
  str: 'street',
  ave: 'avenue',
  av: 'avenue',
  avda: 'avenue',
  avenida: 'avenue',
  blvd: 'boulevard',
  hwy: 'highway',
  ind: 'industrial',
  indl: 'industrial',
  inds: 'industrial',
  indus: 'industrial',
  est: 'estate',
  estt: 'estate',
  dist: 'district',
  distt: 'district',
  vill: 'village',
  vil: 'village',
  bldg: 'building',
  fl: 'floor',
  flr: 'floor',
  blk: 'block',
  sec: 'sector',
  sect: 'sector',
  ph: 'phase',
  opp: 'opposite',
  jl: 'jalan',
  jln: 'jalan',
  kab: 'kabupaten',
  kec: 'kecamatan',
  kel: 'kelurahan',
  cad: 'cadde',
  cd: 'cadde',
  caddesi: 'cadde',
  sok: 'sokak',
  sk: 'sokak',
  sokagi: 'sokak',
  mah: 'mahalle',
  mh: 'mahalle',
  mahallesi: 'mahalle',
  col: 'colonia',
  carr: 'carretera',
  ctra: 'carretera',
  kcn: 'industrial zone',
  kcx: 'export processing zone',
  epz: 'export processing zone',
  sez: 'special economic zone',
  osb: 'organize sanayi bolgesi',
  po: 'post office',
  ps: 'police station',
  nh: 'national highway',
  tp: 'city',
  quan: 'district',
  q: 'district',
  huyen: 'district',
  phuong: 'ward',
  duong: 'street',
  lo: 'lot',
  hcm: 'ho chi minh',
  hcmc: 'ho chi minh',
  upz: 'upazila',
  pkwy: 'parkway',
  zhen: 'town',
  shi: 'city',
  lu: 'road',
  jie: 'street',
  qu: 'district',
  ctg: 'chittagong',
  chattogram: 'chittagong',
  bengaluru: 'bangalore',
  gurugram: 'gurgaon',
  prov: 'province',
};

/**
 * Words that name a unit on a site ("Plot 12", "Shed 4", "Sector 13-E") rather than a place.
 * The matcher compares the numbers that follow them, not the words themselves: a list that
 * writes "Plot 38" and one that writes "Holding 38" do not disagree about the place.
 */
export const UNIT_WORDS: ReadonlySet<string> = new Set([
  'plot',
  'house',
  'holding',
  'shed',
  'lot',
  'block',
  'sector',
  'building',
  'floor',
  'unit',
  'door',
  'survey',
  'kebele',
  'woreda',
  'km',
  'gate',
  'room',
  'flat',
]);

/** Words that only say "a number follows" (No. 12, Số 12, #12); dropped before a number. */
export const NUMBER_MARKERS: ReadonlySet<string> = new Set(['no', 'nos', 'number', 'num', 'so']);
