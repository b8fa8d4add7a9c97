import { graphql } from '../__generated__';
import type { LinkRecruitmentAgencyInput, RegisterRecruitmentAgencyInput } from '../__generated__/graphql';
import type { TestStack } from '../support/stack';

/** Recruitment agencies and channels through the gateway, shared by the end-to-end and permission tests. */

export const REGISTER_AGENCY = graphql(`
  mutation RecruitmentRegisterAgency($input: RegisterRecruitmentAgencyInput!, $key: String!) {
    registerRecruitmentAgency(input: $input, idempotencyKey: $key) {
      agency {
        id
        name
        kind
        country {
          code
        }
        licence {
          country {
            code
          }
          number
          validUntil
        }
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);
export const LINK_AGENCY = graphql(`
  mutation RecruitmentLinkAgency($input: LinkRecruitmentAgencyInput!, $key: String!) {
    linkRecruitmentAgency(input: $input, idempotencyKey: $key) {
      channel {
        id
        since
        until
        agency {
          id
        }
        corridor {
          fromCountry {
            code
          }
          toCountry {
            code
          }
        }
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);
export const END_AGENCY_LINK = graphql(`
  mutation RecruitmentEndAgencyLink($id: ID!) {
    endRecruitmentAgencyLink(id: $id) {
      channel {
        id
        until
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);
export const CHANNELS = graphql(`
  query RecruitmentChannelsOfFacility($id: ID!) {
    facility(id: $id) {
      recruitmentAgencies {
        id
        agency {
          id
          kind
        }
      }
    }
  }
`);

let keys = 0;
export const recruitmentKey = () => `recruitment-${++keys}`;

export const registerAgency = (stack: TestStack, token: string, input: RegisterRecruitmentAgencyInput) =>
  stack.query(REGISTER_AGENCY, { input, key: recruitmentKey() }, { token });

export const linkAgency = (stack: TestStack, token: string, input: LinkRecruitmentAgencyInput) =>
  stack.query(LINK_AGENCY, { input, key: recruitmentKey() }, { token });

/** The ids of the facility's channels the caller sees. */
export const channelIds = async (stack: TestStack, token: string | undefined, facilityId: string) =>
  ((await stack.query(CHANNELS, { id: facilityId }, { token })).data?.facility?.recruitmentAgencies ?? []).map(
    (channel) => channel.id,
  );
