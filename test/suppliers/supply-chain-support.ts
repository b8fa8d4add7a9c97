import { graphql } from '../__generated__';
import type { ProposeSupplyChainLinkInput } from '../__generated__/graphql';
import type { TestStack } from '../support/stack';

/** Operations on supply-chain links through the gateway, shared by the end-to-end and permission tests. */

graphql(`
  fragment SupplyChainLinkFields on SupplyChainLink {
    id
    tier
    status
    since
    proposedBy
    endedOn
    endedBy
    endReason
    buyer {
      id
    }
    facility {
      id
    }
    suppliesFacility {
      id
    }
    pendingTierChange {
      tier
      proposedBy
      suppliesFacility {
        id
      }
    }
  }
`);

export const PROPOSE_LINK = graphql(`
  mutation SupplyChainPropose($input: ProposeSupplyChainLinkInput!, $key: String!) {
    proposeSupplyChainLink(input: $input, idempotencyKey: $key) {
      link {
        ...SupplyChainLinkFields
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);
export const CONFIRM_LINK = graphql(`
  mutation SupplyChainConfirm($id: ID!) {
    confirmSupplyChainLink(id: $id) {
      link {
        ...SupplyChainLinkFields
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);
export const DECLINE_LINK = graphql(`
  mutation SupplyChainDecline($id: ID!, $reason: String) {
    declineSupplyChainLink(id: $id, reason: $reason) {
      link {
        ...SupplyChainLinkFields
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);
export const END_LINK = graphql(`
  mutation SupplyChainEnd($input: EndSupplyChainLinkInput!) {
    endSupplyChainLink(input: $input) {
      link {
        ...SupplyChainLinkFields
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);
export const CHANGE_TIER = graphql(`
  mutation SupplyChainChangeTier($input: ChangeSupplyChainTierInput!) {
    changeSupplyChainTier(input: $input) {
      link {
        ...SupplyChainLinkFields
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

let keys = 0;
/** A fresh idempotency key. */
export const linkKey = () => `scl-test-${process.pid}-${++keys}`;

/** Proposes a link as `token`'s caller and returns the payload (userErrors included). */
export async function propose(stack: TestStack, token: string | undefined, input: ProposeSupplyChainLinkInput) {
  return stack.query(PROPOSE_LINK, { input, key: linkKey() }, { token });
}

/** Proposes as one side and confirms as the other; returns the ACTIVE link's id. */
export async function activeLink(
  stack: TestStack,
  tokens: { proposer: string; confirmer: string },
  input: ProposeSupplyChainLinkInput,
): Promise<string> {
  const proposed = (await propose(stack, tokens.proposer, input)).data?.proposeSupplyChainLink;
  if (!proposed?.link) throw new Error(`proposal refused: ${JSON.stringify(proposed?.userErrors)}`);
  const confirmed = await stack.query(CONFIRM_LINK, { id: proposed.link.id }, { token: tokens.confirmer });
  if (confirmed.data?.confirmSupplyChainLink?.link?.status !== 'ACTIVE')
    throw new Error(`confirmation failed: ${JSON.stringify(confirmed.errors ?? confirmed.data)}`);
  return proposed.link.id;
}
