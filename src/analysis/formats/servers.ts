import type { Reading } from '../reading';
import { addField, addHint, newReading, setCode, setMessage } from '../reading';
import { addFieldItems } from '../fields';
import { isRecord, scalarText, valueText } from '../text';

/** The default error bodies of web frameworks: Spring Boot, Rails, Fastify, hapi, express-validator. */

/**
 * Spring Boot's DefaultErrorAttributes: `timestamp`, `status`, `error`, `message`, `path`, and with
 * binding errors `errors[{field, defaultMessage, rejectedValue}]`, with include-stacktrace `trace`.
 * https://docs.spring.io/spring-boot/api/java/org/springframework/boot/web/servlet/error/DefaultErrorAttributes.html
 */
export function readSpring(root: unknown): Reading | undefined {
  if (!isRecord(root) || typeof root.status !== 'number' || typeof root.error !== 'string') return undefined;
  if (!('timestamp' in root) || !('path' in root || 'message' in root)) return undefined;
  const r = newReading('spring-boot');
  // Since Boot 2.3 the message is hidden by default ("" or "No message available"); the reason phrase remains.
  const message = scalarText(root.message);
  if (message && message !== 'No message available') setMessage(r, message, 'message');
  else setMessage(r, root.error, 'error');
  setCode(r, root.exception, 'exception');
  if (Array.isArray(root.errors)) {
    for (const e of root.errors.slice(0, 100)) {
      if (!isRecord(e)) continue;
      // A global (object) error has no field; its objectName says which object failed.
      addField(r, e.field ?? e.objectName, e.defaultMessage, valueText(e.rejectedValue));
      addHint(r, e.code);
    }
  }
  if (typeof root.trace === 'string') r.exception = scalarText(root.trace.split('\n')[0]);
  return r;
}

/**
 * Rails' exception renderer in API mode: `{"status": 404, "error": "Not Found"}`, and in development
 * `exception: "#<ActiveRecord::RecordNotFound: Couldn't find User with 'id'=9>"` plus `traces`.
 */
export function readRailsException(root: unknown): Reading | undefined {
  if (!isRecord(root) || typeof root.status !== 'number' || typeof root.error !== 'string') return undefined;
  const keys = Object.keys(root);
  if (!keys.every((k) => ['status', 'error', 'exception', 'traces'].includes(k))) return undefined;
  const r = newReading('rails');
  const m = typeof root.exception === 'string' ? /^#<([\w:]+):\s*([\s\S]*)>$/.exec(root.exception.trim()) : null;
  if (m) {
    setMessage(r, m[2], 'exception');
    setCode(r, m[1]);
    r.exception = scalarText(root.exception);
  } else setMessage(r, root.error, 'error');
  return r;
}

/**
 * Fastify (`statusCode`, `code`, `error`, `message`; https://fastify.dev/docs/latest/Reference/Errors/)
 * and hapi's Boom (`statusCode`, `error`, `message`, `validation: {source, keys}`;
 * https://hapi.dev/module/boom/api/). Without `code` or `validation` the two look alike; a Fastify
 * "Route GET:/x not found" message or an FST_ code says Fastify, otherwise we say hapi.
 */
export function readNodeServer(root: unknown): Reading | undefined {
  if (!isRecord(root) || typeof root.statusCode !== 'number' || typeof root.error !== 'string') return undefined;
  const message = typeof root.message === 'string' ? root.message.slice(0, 4096) : '';
  const fastify = typeof root.code === 'string' || /^Route \w+:\S* not found$/.test(message);
  const r = newReading(fastify && !isRecord(root.validation) ? 'fastify' : 'hapi-boom');
  setMessage(r, message || root.error, message ? 'message' : 'error');
  setCode(r, root.code, 'code');
  if (isRecord(root.validation) && Array.isArray(root.validation.keys)) {
    for (const key of root.validation.keys.slice(0, 50)) addField(r, key, message);
  } else if (fastify) {
    // Ajv messages as Fastify joins them: "body/email must match format "email", querystring/limit must be <= 100".
    for (const part of message.split(/, (?=(?:body|querystring|params|headers)\b)/)) {
      const v = /^(?:body|querystring|params|headers)(?:[/.]([\w/.[\]-]+))?\s+(must .*)$/.exec(part);
      if (!v) continue;
      const required = /must have required property '([^']+)'/.exec(v[2] as string);
      addField(r, required?.[1] ?? v[1]?.split(/[/.]/).pop(), v[2]);
    }
  } else {
    // Joi's messages quote the key: "\"email\" must be a valid email".
    const joi = /^"([^"]+)" /.exec(message);
    if (joi) addField(r, joi[1], message);
  }
  return r;
}

/**
 * express-validator's `validationResult(req).array()` as apps send it: `{"errors": [{"type": "field",
 * "value": "x", "msg": "Invalid value", "path": "email", "location": "body"}]}` (v6 says `param`).
 */
export function readExpressValidator(root: unknown): Reading | undefined {
  if (!isRecord(root) || !Array.isArray(root.errors) || root.errors.length === 0) return undefined;
  const items = root.errors.filter(isRecord);
  if (items.length !== root.errors.length || !items.every((e) => typeof e.msg === 'string' && 'location' in e)) return undefined;
  const r = newReading('express-validator');
  addFieldItems(r, items);
  setMessage(r, items[0]?.msg, 'errors[0].msg');
  return r;
}
