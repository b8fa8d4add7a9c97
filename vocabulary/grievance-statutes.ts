/**
 * The rules the law or a treaty writes for a grievance: the statutory default of each country the
 * graph's cases come from, the urgent track of retaliation cases, and the USMCA rapid-response
 * mechanism, each period with its source.
 */
import type { MechanismStep } from './grievance-rules';
import { businessDays, days, months, step } from './mechanism-steps';

/**
 * A worker who suffers retaliation for complaining cannot wait weeks: 24 hours to acknowledge and
 * 72 to act, unless a mechanism sets its own urgent track. Missed, the jurisdiction's regulator
 * takes it (it is told of every retaliation case at filing as well).
 */
export const URGENT_RETALIATION_STEPS: MechanismStep[] = [
  step('ACKNOWLEDGE', 'ACKNOWLEDGE', days(1)),
  step('RESPOND', 'RESPOND', days(3)),
];

export type Statute = { mechanism: string; citation: string; steps: MechanismStep[] };

/**
 * The statutory default of each country the graph's cases come from: the period the law sets for
 * an employer's or an authority's answer to a worker's complaint, with its source. Where the law
 * sets no acknowledgement period, 7 days (the practice of the EU whistleblowing directive) is the
 * graph's own, and its citation says so. Working days are Monday to Friday; public holidays are
 * not counted out, so a period over a holiday ends a day early rather than late.
 */
const NO_ACKNOWLEDGEMENT_PERIOD = 'No statutory acknowledgement period: 7 days, the graph’s default';
const acknowledgeIn7 = step('ACKNOWLEDGE', 'ACKNOWLEDGE', days(7), { citation: NO_ACKNOWLEDGEMENT_PERIOD });

export const STATUTORY_RULES: Readonly<Record<string, Statute>> = {
  BD: {
    mechanism: 'BD_LABOUR_ACT_S33',
    citation: 'Bangladesh Labour Act 2006, s. 33 (grievance procedure), as amended in 2013',
    steps: [
      acknowledgeIn7,
      step('RESPOND', 'RESPOND', days(30), {
        citation: 'Bangladesh Labour Act 2006, s. 33(3): decision within 30 days',
      }),
    ],
  },
  CN: {
    mechanism: 'CN_LABOUR_SECURITY_SUPERVISION',
    citation: 'Regulations on Labour Security Supervision 2004, Art. 17, and their implementing provisions, Art. 21',
    steps: [
      step('ACKNOWLEDGE', 'ACKNOWLEDGE', businessDays(5), {
        citation: 'Implementing provisions, Art. 21: decide within 5 working days whether to open a case',
      }),
      step('RESPOND', 'RESPOND', businessDays(60), {
        after: 'ACKNOWLEDGED',
        citation:
          'Regulations on Labour Security Supervision, Art. 17: investigation within 60 working days of opening',
      }),
    ],
  },
  DE: {
    mechanism: 'LKSG_COMPLAINTS_PROCEDURE',
    citation: 'LkSG §8 with HinSchG §17 (EU Directive 2019/1937, Art. 9(1)(b) and (f))',
    steps: [
      step('ACKNOWLEDGE', 'ACKNOWLEDGE', days(7), { citation: 'HinSchG §17(1): acknowledge within 7 days' }),
      step('RESPOND', 'RESPOND', months(3), {
        after: 'ACKNOWLEDGED',
        citation: 'HinSchG §17(2): feedback within three months of the acknowledgement',
      }),
    ],
  },
  ES: {
    mechanism: 'ES_LEY_2_2023_INTERNAL_CHANNEL',
    citation: 'Ley 2/2023 (protection of persons reporting breaches), Art. 9.2, transposing EU Directive 2019/1937',
    steps: [
      step('ACKNOWLEDGE', 'ACKNOWLEDGE', days(7), { citation: 'Ley 2/2023, Art. 9.2.c: acknowledge within 7 days' }),
      step('RESPOND', 'RESPOND', months(3), {
        after: 'ACKNOWLEDGED',
        citation: 'Ley 2/2023, Art. 9.2.d: answer within three months of the acknowledgement',
      }),
    ],
  },
  ET: {
    mechanism: 'ET_LABOUR_PROCLAMATION_CONCILIATION',
    citation: 'Labour Proclamation No. 1156/2019, conciliation of labour disputes',
    steps: [
      acknowledgeIn7,
      step('RESPOND', 'RESPOND', days(30), {
        citation: 'Labour Proclamation No. 1156/2019: conciliation within 30 days',
      }),
    ],
  },
  FR: {
    mechanism: 'FR_SAPIN_II_INTERNAL_PROCEDURE',
    citation:
      'Loi 2016-1691 (Sapin II) as amended by Loi 2022-401, and Décret 2022-1284, transposing EU Directive 2019/1937',
    steps: [
      step('ACKNOWLEDGE', 'ACKNOWLEDGE', days(7), { citation: 'Décret 2022-1284, Art. 4: acknowledge within 7 days' }),
      step('RESPOND', 'RESPOND', months(3), {
        after: 'ACKNOWLEDGED',
        citation: 'Décret 2022-1284, Art. 4: feedback within three months of the acknowledgement',
      }),
    ],
  },
  ID: {
    mechanism: 'ID_BIPARTITE_SETTLEMENT',
    citation: 'Law No. 2 of 2004 on Industrial Relations Dispute Settlement, Art. 3',
    steps: [
      acknowledgeIn7,
      step('RESPOND', 'RESPOND', businessDays(30), {
        citation: 'Law No. 2 of 2004, Art. 3(2): bipartite settlement within 30 working days',
      }),
    ],
  },
  IN: {
    mechanism: 'IN_GRIEVANCE_REDRESSAL_COMMITTEE',
    citation: 'Industrial Relations Code 2020, s. 4 (Grievance Redressal Committee)',
    steps: [
      acknowledgeIn7,
      step('RESPOND', 'RESPOND', days(30), { citation: 'Industrial Relations Code 2020, s. 4(6): within 30 days' }),
    ],
  },
  KH: {
    mechanism: 'KH_LABOUR_LAW_CONCILIATION',
    citation: 'Labour Law 1997, Chapter XII (settlement of labour disputes)',
    steps: [
      acknowledgeIn7,
      step('RESPOND', 'RESPOND', days(15), { citation: 'Labour Law 1997, Art. 303: conciliation within 15 days' }),
    ],
  },
  MX: {
    mechanism: 'MX_PREJUDICIAL_CONCILIATION',
    citation: 'Ley Federal del Trabajo, Art. 684-A to 684-E (prejudicial conciliation)',
    steps: [
      acknowledgeIn7,
      step('RESPOND', 'RESPOND', days(45), {
        citation: 'Ley Federal del Trabajo, Art. 684-D: within 45 calendar days',
      }),
    ],
  },
  NL: {
    mechanism: 'NL_WHISTLEBLOWER_PROTECTION_ACT',
    citation: 'Wet bescherming klokkenluiders 2023, Art. 2, transposing EU Directive 2019/1937',
    steps: [
      step('ACKNOWLEDGE', 'ACKNOWLEDGE', days(7), {
        citation: 'Wet bescherming klokkenluiders: acknowledge within 7 days',
      }),
      step('RESPOND', 'RESPOND', months(3), {
        after: 'ACKNOWLEDGED',
        citation: 'Wet bescherming klokkenluiders: feedback within three months of the acknowledgement',
      }),
    ],
  },
  PK: {
    mechanism: 'PK_IRA_S33',
    citation: 'Industrial Relations Act 2012, s. 33 (individual grievances)',
    steps: [
      acknowledgeIn7,
      step('RESPOND', 'RESPOND', days(15), {
        citation: 'Industrial Relations Act 2012, s. 33(2): decision within 15 days',
      }),
    ],
  },
  TR: {
    mechanism: 'TR_LABOUR_MEDIATION',
    citation: 'Labour Courts Law No. 7036, Art. 3 (mandatory mediation)',
    steps: [
      acknowledgeIn7,
      step('RESPOND', 'RESPOND', days(21), { citation: 'Law No. 7036, Art. 3(10): mediation within three weeks' }),
    ],
  },
  VN: {
    mechanism: 'VN_LABOUR_COMPLAINTS',
    citation: 'Decree 24/2018/ND-CP on complaints and denunciations in labour',
    steps: [
      step('ACKNOWLEDGE', 'ACKNOWLEDGE', businessDays(7), {
        citation: 'Decree 24/2018/ND-CP: accept the complaint within 7 working days',
      }),
      step('RESPOND', 'RESPOND', days(30), {
        after: 'ACKNOWLEDGED',
        citation: 'Decree 24/2018/ND-CP: settle within 30 days of acceptance',
      }),
    ],
  },
};

/** For a country whose law the graph does not record: the EU whistleblowing directive's periods. */
export const GRAPH_DEFAULT_STATUTE: Statute = {
  mechanism: 'GRAPH_DEFAULT',
  citation: 'No statutory rule recorded: the periods of EU Directive 2019/1937, Art. 9(1)(b) and (f)',
  steps: [
    step('ACKNOWLEDGE', 'ACKNOWLEDGE', days(7)),
    step('RESPOND', 'RESPOND', months(3), { after: 'ACKNOWLEDGED' }),
  ],
};

/**
 * The USMCA Facility-Specific Rapid Response Labor Mechanism (Annex 31-A), as written: the
 * complainant Party's request for review is the filing (Art. 31-A.4.2); the respondent Party has 10
 * days to say whether it will review (31-A.4.3) and 45 days from the request to review and report
 * the results (31-A.4.4); where it finds a denial of rights, the Parties consult for 10 days on a
 * course of remediation, which is then carried out in the period they agree (31-A.4) — 45 days
 * here until the handler corrects it to the agreed period. A missed step lets the complainant
 * Party move on to a panel (31-A.5): it escalates to the mechanism's secretariat.
 */
export const USMCA_RAPID_RESPONSE_STEPS: MechanismStep[] = [
  step('NOTICE_OF_REVIEW', 'ACKNOWLEDGE', days(10), {
    escalatesTo: 'SECRETARIAT',
    citation: 'USMCA Annex 31-A, Art. 31-A.4.3: 10 days after the request',
  }),
  step('REVIEW', 'RESPOND', days(45), {
    escalatesTo: 'SECRETARIAT',
    citation: 'USMCA Annex 31-A, Art. 31-A.4.4: 45 days after the request',
  }),
  step('REMEDIATION_AGREEMENT', 'REVIEW', days(10), {
    after: 'PREVIOUS_STEP',
    escalatesTo: 'SECRETARIAT',
    citation: 'USMCA Annex 31-A, Art. 31-A.4: 10 days of consultations on a course of remediation',
  }),
  step('REMEDIATION', 'REMEDIATION', days(45), {
    after: 'PREVIOUS_STEP',
    escalatesTo: 'SECRETARIAT',
    citation: 'USMCA Annex 31-A, Art. 31-A.4: the period the Parties agree for the remediation',
  }),
];
