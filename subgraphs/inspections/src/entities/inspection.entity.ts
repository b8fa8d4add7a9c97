import { Collection, EntitySchema } from '@mikro-orm/core';
import { Disclosure, InspectionKind, InspectionStatus } from '../__generated__/resolvers-types';
import type { CorrectiveAction } from './corrective-action.entity';
import type { Finding } from './finding.entity';
import type { InspectionParty } from './inspection-party.entity';

/**
 * One visit to a facility and what it found. The facility's country, sector and owner belong to
 * the suppliers subgraph; they are copied here when the inspection is submitted, so that
 * permissions and statistics are plain conditions on indexed columns of this table.
 */
export class Inspection {
  id!: string;
  facilityId!: string;
  /** The facility's country of registration: the first two letters of its id. */
  facilityCountry!: string;
  /** The facility's sector as the submitter recorded it (statistics group by it). */
  facilitySector: string | null = null;
  /** The organisation that owned the facility when it was inspected (the supplier who may answer). */
  facilityOwnerId: string | null = null;
  kind!: InspectionKind;
  /** Organisation (audit firm or inspectorate) that conducted and submitted the inspection. */
  conductedById!: string;
  agreementId: string | null = null;
  /** YYYY-MM-DD */
  startedOn!: string;
  /** YYYY-MM-DD */
  endedOn!: string;
  /** YYYY-MM of `endedOn`, kept as a column so monthly statistics group on an index in every dialect. */
  endedMonth!: string;
  announced = true;
  workersInterviewed = 0;
  status: InspectionStatus = 'SUBMITTED';
  disclosure: Disclosure = 'PRIVATE';
  summary: string | null = null;
  submittedAt: Date | null = null;
  /** Set once, when the report is released to the audience its disclosure names. */
  publishedAt: Date | null = null;
  createdAt!: Date;
  updatedAt!: Date;
  findings = new Collection<Finding>(this);
  correctiveActions = new Collection<CorrectiveAction>(this);
  parties = new Collection<InspectionParty>(this);
}

export const InspectionSchema = new EntitySchema<Inspection>({
  class: Inspection,
  tableName: 'inspection',
  indexes: [
    { properties: ['facilityId', 'endedOn'] },
    { properties: ['facilityCountry', 'endedOn'] },
    { properties: ['facilitySector', 'endedOn'] },
    { properties: ['endedMonth'] },
    { properties: ['conductedById'] },
    { properties: ['facilityOwnerId'] },
    { properties: ['disclosure', 'publishedAt'] },
  ],
  properties: {
    id: { type: 'string', primary: true, length: 40 },
    facilityId: { type: 'string', length: 15 },
    facilityCountry: { type: 'string', length: 2 },
    facilitySector: { type: 'string', length: 100, nullable: true },
    facilityOwnerId: { type: 'string', length: 100, nullable: true },
    kind: { enum: true, items: () => Object.values(InspectionKind), type: 'string' },
    conductedById: { type: 'string', length: 100 },
    agreementId: { type: 'string', length: 100, nullable: true },
    startedOn: { type: 'date' },
    endedOn: { type: 'date' },
    endedMonth: { type: 'string', length: 7 },
    announced: { type: 'boolean' },
    workersInterviewed: { type: 'integer' },
    status: { enum: true, items: () => Object.values(InspectionStatus), type: 'string' },
    disclosure: { enum: true, items: () => Object.values(Disclosure), type: 'string' },
    summary: { type: 'text', nullable: true },
    submittedAt: { type: 'Date', nullable: true },
    publishedAt: { type: 'Date', nullable: true },
    createdAt: { type: 'Date' },
    updatedAt: { type: 'Date' },
    findings: { kind: '1:m', entity: 'Finding', mappedBy: 'inspection' },
    correctiveActions: { kind: '1:m', entity: 'CorrectiveAction', mappedBy: 'inspection' },
    parties: { kind: '1:m', entity: 'InspectionParty', mappedBy: 'inspection' },
  },
});
