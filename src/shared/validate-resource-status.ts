import type { ResourceStatusEvent } from './protocol';
import { LIMITS } from './limits';
import { isFlaggedStatus } from './classify';

/** Resource statuses per relay message; the relay sends fewer, a forged message is cut here. */
export const RESOURCE_EVENTS_PER_MESSAGE = 50;

/**
 * Checks one resource-status report. The relay reads it from the browser's own resource timing,
 * but its message passes through a content script of a page's process: checked like page input.
 */
export function validateResourceStatus(value: unknown): ResourceStatusEvent | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const v = value as Record<string, unknown>;
  if (v.kind !== 'resource' || typeof v.url !== 'string' || v.url.length > LIMITS.urlChars || !/^https?:/i.test(v.url)) return undefined;
  if (typeof v.status !== 'number' || !Number.isInteger(v.status) || !isFlaggedStatus(v.status)) return undefined;
  if (typeof v.initiatorType !== 'string' || !/^[a-z-]{1,32}$/.test(v.initiatorType)) return undefined;
  const out: ResourceStatusEvent = { kind: 'resource', url: v.url, initiatorType: v.initiatorType, status: v.status };
  if (typeof v.durationMs === 'number' && Number.isFinite(v.durationMs) && v.durationMs >= 0) out.durationMs = Math.min(v.durationMs, 86_400_000);
  return out;
}

/** The webRequest resource type a resource-timing initiator stands for, as the list shows types. */
export function resourceTypeOf(initiatorType: string): string {
  switch (initiatorType) {
    case 'img':
    case 'image':
    case 'input':
      return 'image';
    case 'script':
      return 'script';
    case 'link':
      return 'stylesheet';
    case 'iframe':
    case 'frame':
      return 'sub_frame';
    case 'video':
    case 'audio':
    case 'track':
      return 'media';
    case 'beacon':
      return 'ping';
    default:
      return 'other';
  }
}
