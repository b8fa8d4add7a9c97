/**
 * Normalisation of facility names and addresses for matching list uploads against the
 * registry, in the spirit of Open Supply Hub: two spellings of the same facility should
 * reduce to the same tokens, and what remains different should be a real difference.
 */
import {
  ADDRESS_ABBREVIATIONS,
  ADDRESS_PHRASES,
  LATIN_TRANSLITERATION,
  LEGAL_FORM_PHRASES,
  LEGAL_FORM_WORDS,
  NAME_ABBREVIATIONS,
  NUMBER_MARKERS,
  STOP_WORDS,
  UNIT_WORDS,
} from './normalise-vocabulary';

const COMBINING_MARKS = /\p{M}+/gu;
const TRANSLITERATED = new RegExp(`[${Object.keys(LATIN_TRANSLITERATION).join('')}]`, 'gu');
const ORDINAL = /\b(\d+)(?:st|nd|rd|th)\b/g;
const APOSTROPHES = /['’‘ʼ`´]/g;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
const LETTER_DIGIT = /(\p{L})(?=\p{N})|(\p{N})(?=\p{L})/gu;

/**
 * Case-folds, strips diacritics (NFKD, then drop combining marks), transliterates Latin
 * letters NFKD leaves alone (đ, ß, ı…), turns punctuation into spaces and collapses them.
 * "Công ty TNHH Đức Giang, Lô A5" → "cong ty tnhh duc giang lo a 5".
 */
export function foldText(input: string): string {
  const folded = input
    .normalize('NFKD')
    .toLowerCase()
    .replace(COMBINING_MARKS, '')
    .replace(TRANSLITERATED, (char) => LATIN_TRANSLITERATION[char] ?? char)
    // Indonesian and Malay wrote "c" as "tj" before 1972 (Tjahaja → Cahaya); "tj" is rare otherwise.
    .replace(/tj/g, 'c')
    .replace(/&/g, ' and ')
    .replace(ORDINAL, '$1')
    // Apostrophes join ("Men's" → "mens", "Bao'an" → "baoan") rather than split a word.
    .replace(APOSTROPHES, '')
    .replace(NOT_WORD, ' ')
    // "Plot12" and "Plot 12", "A5" and "A-5" must agree.
    .replace(LETTER_DIGIT, '$1$2 ');
  return mergeInitials(folded.split(' ').filter(Boolean)).join(' ');
}

/** Name tokens without legal forms, stop words or abbreviations: "Sunrise Gmts. Co., Ltd." → [sunrise, garment]. */
export function nameTokens(name: string): string[] {
  const folded = removeLegalPhrases(foldText(name));
  const words = folded.split(' ').filter(Boolean);
  const kept = words
    .filter((word) => !LEGAL_FORM_WORDS.has(word) && !STOP_WORDS.has(word))
    .flatMap((word) => (NAME_ABBREVIATIONS[word] ?? word).split(' '))
    .map(singular);
  // A name made only of boilerplate ("Company Limited") is still a name: keep its words.
  return kept.length > 0 ? kept : words.map(singular);
}

/** Address tokens with abbreviations expanded: "Plot No.12, Ind. Area Rd" → [plot, 12, industrial, area, road]. */
export function addressTokens(address: string): string[] {
  const words = foldText(address).split(' ');
  const expanded: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (NUMBER_MARKERS.has(word) && /^\d/.test(words[i + 1] ?? '')) continue;
    if (!STOP_WORDS.has(word)) expanded.push(ADDRESS_ABBREVIATIONS[word] ?? word);
  }
  // Phrases after abbreviations, so "National Rd." and "National Road" meet as one term.
  let text = ` ${expanded.join(' ')} `;
  for (const [phrase, canonical] of ADDRESS_PHRASE_ENTRIES) text = text.replaceAll(` ${phrase} `, ` ${canonical} `);
  return text.split(' ').filter(Boolean).map(singular);
}

export interface AddressParts {
  /** Where: the address words without unit words, numbers or stray letters. */
  place: string[];
  /** Which unit there: numbers, and single letters written next to one ("A-5", "13-E"). */
  unitMarks: string[];
}

/** Splits address tokens into place and unit marks: "Plot A-5, Dhaka EPZ" → [dhaka, export…] and [a, 5]. */
export function addressParts(tokens: readonly string[]): AddressParts {
  const isNumber = (word: string | undefined) => word !== undefined && /^\d+$/.test(word);
  const place: string[] = [];
  const unitMarks: string[] = [];
  tokens.forEach((word, i) => {
    if (isNumber(word) || (word.length === 1 && (isNumber(tokens[i - 1]) || isNumber(tokens[i + 1]))))
      unitMarks.push(word);
    else if (word.length > 1 && !UNIT_WORDS.has(word)) place.push(word);
  });
  return { place, unitMarks };
}

export const normaliseName = (name: string): string => nameTokens(name).join(' ');
export const normaliseAddress = (address: string): string => addressTokens(address).join(' ');

/** Key for exact matching: equal keys mean the same facility without any fuzzy scoring. */
export function exactMatchKey(country: string, name: string, address: string): string {
  return `${country.trim().toUpperCase()}|${normaliseName(name)}|${normaliseAddress(address)}`;
}

// Longest phrases first, so that a shorter phrase inside a longer one cannot break it up.
const ADDRESS_PHRASE_ENTRIES = Object.entries(ADDRESS_PHRASES).sort((a, b) => b[0].length - a[0].length);
const SORTED_LEGAL_PHRASES = [...LEGAL_FORM_PHRASES].sort((a, b) => b.length - a.length);

function removeLegalPhrases(text: string): string {
  let padded = ` ${text} `;
  for (const phrase of SORTED_LEGAL_PHRASES) padded = padded.replaceAll(` ${phrase} `, ' ');
  return padded.trim();
}

/** "s a de c v" → "sa de cv", "p t" → "pt": initials written with dots become one word. */
function mergeInitials(words: string[]): string[] {
  const merged: string[] = [];
  let run = '';
  for (const word of words) {
    if (word.length === 1 && /\p{L}/u.test(word)) {
      run += word;
      continue;
    }
    if (run) merged.push(run);
    run = '';
    merged.push(word);
  }
  if (run) merged.push(run);
  return merged;
}

/** Light plural folding so "Garments"/"Garment" and "Industries"/"Industry" agree. */
function singular(word: string): string {
  if (word.length < 5 || /\d/.test(word)) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Sectors compare folded: "Home Textiles", "home textiles" and "Home-Textiles" are one sector. */
export const sectorKey = (sector: string): string => foldText(sector).slice(0, 100);
