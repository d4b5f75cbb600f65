import type { Reading } from '../reading';
import { addHint, newReading, setCode, setMessage } from '../reading';
import type { Markup } from '../markup';
import { element, elementText, markup, markupText, visibleText } from '../markup';
import { clip, CAPS } from '../text';

/**
 * HTML error pages: their `<title>` and first `<h1>`, plus the few framework pages whose heading says
 * nothing (Express's "Error", Spring's "Whitelabel Error Page") or that name the failing proxy.
 */
export function readHtml(text: string): Reading {
  const m = markup(text);
  const title = elementText(m, 'title');
  const h1 = elementText(m, 'h1');
  const special = readExpress(m, title) ?? readWhitelabel(m, h1) ?? readDjangoDebug(m, title) ?? readCloudflare(m, title);
  const r = special ?? newReading('html');
  if (!special) {
    const heading = combine(title, h1) ?? firstLine(visibleText(m));
    setMessage(r, heading);
    // Servlet containers and others print the exception in a <pre> (Tomcat: "java.lang.NullPointerException").
    const pre = element(m, 'pre');
    const firstPreLine = pre ? markupText(pre.inner).trim().split('\n')[0] : undefined;
    const exception = firstPreLine && /^(?:[\w$]+\.)*[\w$]+(?:Exception|Error)\b.{0,300}/.exec(firstPreLine)?.[0];
    if (exception) r.exception = clip(exception);
  }
  if (title) r.evidence.push(clip(`<title>${title}</title>`, CAPS.evidenceChars));
  if (h1 && h1 !== title) r.evidence.push(clip(`<h1>${h1}</h1>`, CAPS.evidenceChars));
  // Who wrote the page: default error pages of proxies and servers sign it ("<center>nginx</center>").
  const signer = /\b(nginx|openresty|cloudflare|cloudfront|varnish|envoy|haproxy|traefik|caddy|apache|microsoft-iis|awselb|akamai|fastly|heroku|vercel|netlify|google frontend)\b/.exec(m.lower.slice(0, 16 * 1024));
  if (signer) addHint(r, `server:${signer[1]}`);
  return r;
}

/** Title and heading usually repeat each other; keep the fuller one, or both when they differ. */
function combine(title: string | undefined, h1: string | undefined): string | undefined {
  if (!title || !h1) return h1 ?? title;
  const t = title.toLowerCase();
  const h = h1.toLowerCase();
  if (h.includes(t)) return h1;
  if (t.includes(h)) return title;
  return `${title}: ${h1}`;
}

function firstLine(text: string): string | undefined {
  return text.split(/\n/).map((line) => line.trim()).find((line) => /[\p{L}\p{N}]/u.test(line));
}

/** Express's finalhandler: `<title>Error</title>…<pre>Cannot GET /x</pre>` (the stack follows in development). */
function readExpress(m: Markup, title: string | undefined): Reading | undefined {
  if (title !== 'Error') return undefined;
  const pre = element(m, 'pre');
  if (!pre) return undefined;
  const lines = pre.inner.split(/<br\s*\/?>/i).map((line) => markupText(line).trim()).filter(Boolean);
  const r = newReading('express');
  setMessage(r, lines[0], '<pre>');
  if (lines.length > 1 && /^at /.test(lines[1] as string)) r.exception = clip(lines[0] as string);
  return r;
}

/** Spring Boot's Whitelabel page: "There was an unexpected error (type=Not Found, status=404)." then the message. */
function readWhitelabel(m: Markup, h1: string | undefined): Reading | undefined {
  if (h1 !== 'Whitelabel Error Page') return undefined;
  const r = newReading('spring-boot-whitelabel');
  const text = visibleText(m).replace(/\s+/g, ' ');
  const unexpected = /There was an unexpected error \(type=([^,]{1,80}), status=(\d{3})\)\.\s*(.{0,500}?)(?:\s*$|\s+(?:at |[\w.]+Exception))/.exec(text);
  setMessage(r, unexpected?.[3] || unexpected?.[1] || h1);
  if (unexpected) r.evidence.push(clip(unexpected[0], CAPS.evidenceChars));
  return r;
}

/** Django's debug page: `<title>IntegrityError at /api/users/</title>` and `<pre class="exception_value">`. */
function readDjangoDebug(m: Markup, title: string | undefined): Reading | undefined {
  const at = m.lower.indexOf('class="exception_value"');
  if (at < 0 || !title) return undefined;
  const value = elementText(m, 'pre', m.lower.lastIndexOf('<pre', at));
  const r = newReading('django-debug');
  const exception = /^([\w.]+) at /.exec(title)?.[1];
  setMessage(r, value ? `${exception ?? title}: ${value}` : title, 'exception_value');
  setCode(r, exception);
  r.exception = r.message;
  return r;
}

/** Cloudflare's own pages: "example.com | 522: Connection timed out", "Error code 522", or a WAF block. */
function readCloudflare(m: Markup, title: string | undefined): Reading | undefined {
  if (!/cloudflare|cf-error|cf-wrapper/.test(m.lower.slice(0, 32 * 1024))) return undefined;
  const code = /\|\s*(\d{3,4}):/.exec(title ?? '')?.[1] ?? /error code:?\s*(\d{3,4})/.exec(m.lower)?.[1];
  const blocked = /sorry, you have been blocked|attention required/.test(m.lower);
  if (!code && !blocked) return undefined;
  const r = newReading('cloudflare');
  const heading = title?.replace(/^[^|]*\|\s*/, '') ?? elementText(m, 'h1');
  setMessage(r, blocked ? (elementText(m, 'h1') ?? heading) : heading);
  setCode(r, code);
  if (blocked) addHint(r, 'waf-block');
  return r;
}
