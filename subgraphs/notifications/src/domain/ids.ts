import { randomBytes } from 'node:crypto';

/** Opaque ids: a kind prefix and 16 random bytes. */
export const subscriptionId = () => `whk_${randomBytes(16).toString('base64url')}`;
export const deliveryId = () => `dlv_${randomBytes(16).toString('base64url')}`;
