/**
 * What a complainant reads, per language, one file each; English is the source. Written for
 * workers: plain words, addressed to them, one idea per sentence, and no promise the mechanism
 * cannot keep. Formal address throughout (vous, usted, আপনি, លោកអ្នក, तपाईं, आप, Anda, သင်);
 * Vietnamese uses "bạn", as worker hotlines there do; Arabic uses the plural of respect. Burmese
 * is in Unicode, never Zawgyi. Keep every text in NFC. Every language has every key, and a
 * `{status}` wherever the English has one (messages.test.ts checks both).
 */
import { ar } from './ar';
import { bn } from './bn';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { hi } from './hi';
import { id } from './id';
import { km } from './km';
import { my } from './my';
import { ne } from './ne';
import { vi } from './vi';

export type { Catalogue, TextDirection, TimelineEventKind } from './catalogue';

export const CATALOGUES = { en, fr, es, vi, bn, km, ne, my, id, hi, ar } as const;
