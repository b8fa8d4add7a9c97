import type { InspectionResolvers } from '../__generated__/resolvers-types';

export const Inspection: InspectionResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.inspection.load(id),
  facility: (inspection) => ({ id: inspection.facilityId }),
  country: (inspection) => ({ code: inspection.facilityCountry }),
  sector: (inspection) => inspection.facilitySector,
  conductedBy: (inspection) => ({ id: inspection.conductedById }),
  jointInspectors: async (inspection, _args, { loaders }) =>
    (await loaders.partiesOfInspection.load(inspection.id))
      .filter((party) => party.role === 'JOINT_INSPECTOR')
      .map((party) => ({ id: party.organizationId })),
  signatures: async (inspection, _args, { loaders }) =>
    (await loaders.signaturesOfInspection.load(inspection.id)).map((signature) => ({
      organization: { id: signature.organizationId },
      signedAt: signature.signedAt,
    })),
  agreement: (inspection) => (inspection.agreementId ? { id: inspection.agreementId } : null),
  sharedWith: async (inspection, _args, { loaders }) =>
    (await loaders.partiesOfInspection.load(inspection.id))
      .filter((party) => party.role === 'BUYER')
      .map((party) => ({ id: party.organizationId })),
  findings: async (inspection, { first, after }, { loaders }) =>
    (await loaders.findingsOfInspection(inspection.id, { first, after })).edges.map((edge) => edge.node),
  findingsConnection: (inspection, { first, after }, { loaders }) =>
    loaders.findingsOfInspection(inspection.id, { first, after }),
  correctiveActions: (inspection, _args, { loaders }) => loaders.correctiveActionsOfInspection.load(inspection.id),
  accessGrants: (inspection, _args, { loaders }) => loaders.activeGrantsOfInspection.load(inspection.id),
};
