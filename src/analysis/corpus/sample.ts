import type { FieldError } from '../types';
import type { FormatId, SuggestionId } from '../ids';

/** One sample of the corpus: a response as a server sends it, and what the analysis must read from it. */
export interface Sample {
  name: string;
  status: number;
  body: string;
  /** Response headers, lower-case names. */
  headers?: Record<string, string>;
  request?: { method?: string; url?: string; headers?: Record<string, string>; body?: string };
  truncated?: boolean;
  expect: {
    format: FormatId;
    message?: string;
    code?: string;
    fields?: FieldError[];
    traceId?: string;
    docsUrl?: string;
    /** The id of the top suggestion. */
    first?: SuggestionId;
    /** Ids that must be among the suggestions. */
    ids?: SuggestionId[];
    /** Lines that must appear in the evidence of some suggestion. */
    evidence?: string[];
  };
}
