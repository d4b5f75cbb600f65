import type { StatusCode, StatusProse } from '../../types';
import informationalToRedirect from './1xx-3xx';
import clientA from './400-409';
import clientB from './410-421';
import clientC from './422-499';
import server from './500-511';
import cloudflare from './520-526';

/** The Simplified Chinese prose of every status code; typed as a full record, so a code without prose does not compile. */
const prose: Record<StatusCode, StatusProse> = { ...informationalToRedirect, ...clientA, ...clientB, ...clientC, ...server, ...cloudflare };

export default prose;
