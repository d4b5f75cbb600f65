import type { StatusFacts } from '../../types';
import informationalToRedirect from './1xx-3xx';
import clientA from './400-409';
import clientB from './410-421';
import clientC from './422-499';
import server from './500-511';
import cloudflare from './520-526';

/** The language-independent half of every status code's entry, sorted by code; stored once for all languages. */
const facts: StatusFacts[] = [...informationalToRedirect, ...clientA, ...clientB, ...clientC, ...server, ...cloudflare].sort((a, b) => a.code - b.code);

export default facts;
