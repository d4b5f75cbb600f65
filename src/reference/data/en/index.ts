import type { StatusReference } from '../../types';
import informationalToRedirect from './1xx-3xx';
import clientA from './400-409';
import clientB from './410-421';
import clientC from './422-499';
import server from './500-511';
import cloudflare from './520-526';

/** Every entry of this language, sorted by code. */
const entries: StatusReference[] = [...informationalToRedirect, ...clientA, ...clientB, ...clientC, ...server, ...cloudflare].sort(
  (a, b) => a.code - b.code,
);

export default entries;
