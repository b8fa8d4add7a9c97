import type { EntityManager } from '@mikro-orm/core';
import { EnforcementAction, EnforcementActionFinding } from '../entities/enforcement-action.entity';
import { Finding } from '../entities/finding.entity';
import { Inspection } from '../entities/inspection.entity';

const DAY = 86_400_000;
const addDays = (day: string, days: number) =>
  new Date(new Date(`${day}T00:00:00Z`).getTime() + days * DAY).toISOString().slice(0, 10);

type Sanction = Pick<EnforcementAction, 'kind' | 'amount' | 'currency' | 'legalBasis' | 'summary' | 'published'> & {
  appealStatus?: EnforcementAction['appealStatus'];
};

/** Two sanctions per country, one published, one only for its regulators and the facility's owner. */
const SANCTIONS: Record<string, Sanction[]> = {
  BD: [
    {
      kind: 'FINE',
      amount: '150000.00',
      currency: 'BDT',
      legalBasis: 'Bangladesh Labour Act 2006, s. 307',
      summary: 'Fined for the violations the inspection found.',
      published: true,
    },
    {
      kind: 'STOP_WORK_ORDER',
      amount: null,
      currency: null,
      legalBasis: 'Bangladesh Labour Act 2006, s. 61',
      summary: 'Work on the affected floor stopped until the hazards are removed.',
      published: false,
      appealStatus: 'LODGED',
    },
  ],
  VN: [
    {
      kind: 'WARNING',
      amount: null,
      currency: null,
      legalBasis: 'Decree 12/2022/ND-CP',
      summary: 'Written warning to correct the violations the inspection found.',
      published: true,
    },
    {
      kind: 'FINE',
      amount: '45000000.00',
      currency: 'VND',
      legalBasis: 'Decree 12/2022/ND-CP, art. 18',
      summary: 'Fined for overtime beyond the legal limit.',
      published: false,
    },
  ],
};

/**
 * Enforcement actions of the inspectorates of Bangladesh and Viet Nam, on findings of their own
 * completed inspections. Chosen from the inspections already written, without the random stream,
 * so the rest of the demo world is unchanged.
 */
export async function seedEnforcementActions(tx: EntityManager): Promise<void> {
  for (const [country, sanctions] of Object.entries(SANCTIONS)) {
    const inspections = await tx.find(
      Inspection,
      { facilityCountry: country, kind: 'LABOUR_INSPECTORATE', status: { $in: ['SUBMITTED', 'PUBLISHED'] } },
      { orderBy: { id: 'asc' }, limit: 10 },
    );
    let n = 0;
    for (const inspection of inspections) {
      const sanction = sanctions[n];
      if (!sanction) break;
      const findings = await tx.find(Finding, { inspection }, { orderBy: { position: 'asc' } });
      if (!findings.length) continue;
      const decidedOn = addDays(inspection.endedOn, 14);
      const action = tx.create(EnforcementAction, {
        id: `ena-demo-${country.toLowerCase()}-${++n}`,
        facilityId: inspection.facilityId,
        facilityCountry: country,
        facilityOwnerId: inspection.facilityOwnerId,
        decidedById: inspection.conductedById,
        decidedOn,
        effectiveFrom: decidedOn,
        effectiveUntil: null,
        ...sanction,
        appealStatus: sanction.appealStatus ?? 'NONE',
        appealNote: sanction.appealStatus ? 'The facility appealed to the labour court.' : null,
        createdAt: new Date(`${decidedOn}T09:00:00Z`),
        updatedAt: new Date(`${decidedOn}T09:00:00Z`),
        version: 1,
      });
      findings
        .slice(0, 2)
        .forEach((finding, k) =>
          tx.create(EnforcementActionFinding, { id: `${action.id}-f${k + 1}`, enforcementAction: action, finding }),
        );
    }
  }
}
