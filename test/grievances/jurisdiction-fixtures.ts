import { graphql } from '../__generated__';
import type { GraphQLResponse, TestStack } from '../support/stack';

/** Operations of the jurisdiction and employer-view tests (links, transfers, the handler's summary). */

export const LINK = graphql(`
  mutation JurisdictionLink($id: ID!, $facility: ID!, $version: Int!, $note: String) {
    linkGrievanceToFacility(id: $id, facilityId: $facility, expectedVersion: $version, note: $note) {
      grievance {
        ...JurisdictionCase
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

export const ACCEPT = graphql(`
  mutation JurisdictionAccept($id: ID!, $version: Int!, $note: String) {
    acceptGrievanceTransfer(id: $id, expectedVersion: $version, note: $note) {
      grievance {
        ...JurisdictionCase
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

export const DECLINE = graphql(`
  mutation JurisdictionDecline($id: ID!, $version: Int!, $reason: String) {
    declineGrievanceTransfer(id: $id, expectedVersion: $version, reason: $reason) {
      grievance {
        ...JurisdictionCase
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

export const WITHDRAW_TRANSFER = graphql(`
  mutation JurisdictionWithdrawTransfer($id: ID!, $version: Int!, $reason: String) {
    withdrawGrievanceTransfer(id: $id, expectedVersion: $version, reason: $reason) {
      grievance {
        ...JurisdictionCase
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

export const SUMMARIZE = graphql(`
  mutation JurisdictionSummarize($id: ID!, $summary: String!, $version: Int!) {
    summarizeGrievance(id: $id, summary: $summary, expectedVersion: $version) {
      grievance {
        id
        version
        handlerSummary
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

/** Where a case is and who handles it: what a link or a transfer changes. */
graphql(`
  fragment JurisdictionCase on Grievance {
    id
    version
    facility {
      id
    }
    facilityCountry {
      code
    }
    handlerKind
    handler {
      id
    }
    pendingTransfer {
      facility {
        id
      }
      country {
        code
      }
      requestedByRole
      requestedBy {
        id
      }
      note
    }
  }
`);

export const CASE = graphql(`
  query JurisdictionCaseById($id: ID!) {
    grievance(id: $id) {
      ...JurisdictionCase
      timeline {
        kind
        note
      }
    }
  }
`);

const SEES = graphql(`
  query JurisdictionSeesCase($id: ID!) {
    grievance(id: $id) {
      id
    }
  }
`);

/** Whether `token` sees the case at all (in lists and by id). */
export async function seesCase(stack: TestStack, token: string, id: string) {
  const response = await stack.query(SEES, { id }, { token });
  if (response.errors?.length) throw new Error(`reading ${id} failed: ${JSON.stringify(response.errors)}`);
  return response.data?.grievance?.id === id;
}

/** The case as `token` — one who may read its jurisdiction — sees it (null when invisible), failing the test on any error. */
export async function caseAs(stack: TestStack, token: string, id: string) {
  const response = await stack.query(CASE, { id }, { token });
  if (response.errors?.length) throw new Error(`reading ${id} failed: ${JSON.stringify(response.errors)}`);
  return response.data?.grievance ?? null;
}

/** The case's version as `token` reads it; fails the test when it cannot see the case. */
export async function versionAs(stack: TestStack, token: string, id: string) {
  const grievance = await caseAs(stack, token, id);
  if (!grievance) throw new Error(`case ${id} is not visible`);
  return grievance.version;
}

/** A mutation's payload, which must exist (no GraphQL error); returns it. */
export function payload<Field extends string, Payload>(
  response: GraphQLResponse<Record<Field, Payload>>,
  field: Field,
): NonNullable<Payload> {
  const value = response.data?.[field];
  if (response.errors?.length || !value) throw new Error(`${field}: ${JSON.stringify(response.errors ?? response)}`);
  return value;
}

/** The code of the one GraphQL error of a response. */
export const errorCode = (response: GraphQLResponse<unknown>) =>
  response.errors?.map((error) => error.extensions?.code).join(',');
