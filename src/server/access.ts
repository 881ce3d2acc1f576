import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import { hostname } from 'node:os';
import type { IncomingMessage } from 'node:http';

/** The header every /api/ request carries the page's token in. */
export const TOKEN_HEADER = 'x-wutong-token';

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];
const WILDCARD_HOSTS = new Set(['0.0.0.0', '[::]']);

/** Why a request is turned away: the status, a code the page can branch on, one line for people. */
export interface Refusal {
  status: 401 | 403 | 415;
  code: string;
  message: string;
  headers?: Record<string, string>;
}

/** `::1` and `[::1]` alike become `[::1]`, names lower-case: the form URL.hostname gives a Host header. */
function normalHost(host: string): string {
  const bracketed = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  try {
    return new URL(`http://${bracketed}`).hostname;
  } catch {
    return bracketed.toLowerCase();
  }
}

export function isLoopbackHost(host: string): boolean {
  const name = normalHost(host);
  return LOOPBACK_NAMES.includes(name) || /^127\.\d+\.\d+\.\d+$/.test(name);
}

/** Digests first, so timingSafeEqual compares equal lengths and the time says nothing about the secret. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

function parseHostHeader(value: string | undefined): URL | null {
  if (!value) return null;
  try {
    const url = new URL(`http://${value}`);
    return url.username || url.password || url.pathname !== '/' ? null : url;
  } catch {
    return null;
  }
}

/** The password of an `Authorization: Basic …` header; the user name is not checked. */
function basicPassword(header: string | undefined): string | null {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
  if (!match) return null;
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon === -1 ? null : decoded.slice(colon + 1);
}

/** The path as the router reads it, so /./api/… or /x/../api/… counts; what does not parse counts too. */
function isApiCall(url: string | undefined): boolean {
  try {
    return new URL(url ?? '/', 'http://localhost').pathname.startsWith('/api/');
  } catch {
    return true;
  }
}

function isJson(contentType: string | undefined): boolean {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase() === 'application/json';
}

export interface AccessRules {
  /** Random per start; the served page carries it and every /api/ request must send it back. */
  readonly token: string;
  /** The first rule a request breaks, or null when it may be answered. */
  refuse(req: IncomingMessage): Refusal | null;
}

/**
 * Who may use the server: a browser page from another site can send requests to 127.0.0.1 (a form
 * posts text/plain with no preflight) and a rebound DNS name can even read the answers, so every
 * request must name this server in Host, come from no origin or its own, post only JSON, and every
 * API call must carry the token only our own page can read. On a wildcard address (0.0.0.0, ::) the
 * machine's names are not known in advance: any IP literal, localhost and the machine's host name
 * are accepted (a rebinding page is served under a DNS name, never under an IP literal).
 */
export function accessRules(listenHost: string, port: number, password: string | undefined): AccessRules {
  const token = randomBytes(32).toString('hex');
  const given = normalHost(listenHost);
  const wildcard = WILDCARD_HOSTS.has(given);
  const names = new Set([...LOOPBACK_NAMES, given, ...(wildcard ? [hostname().toLowerCase()] : [])]);
  const ourName = (name: string) => names.has(name) || (wildcard && isIP(name.replace(/^\[|\]$/g, '')) !== 0);
  const expected = wildcard ? `an IP address, localhost or ${hostname()} with port ${port}` : `${isLoopbackHost(given) ? '127.0.0.1' : given}:${port}`;

  return {
    token,
    refuse(req) {
      const host = parseHostHeader(req.headers.host);
      if (host === null || !ourName(host.hostname) || Number(host.port || 80) !== port) {
        return { status: 403, code: 'SERVER_FOREIGN_HOST', message: `Host ${req.headers.host ?? '(none)'} is not this server; it answers to ${expected}` };
      }
      const origin = req.headers.origin;
      if (origin !== undefined && origin !== host.origin) {
        return { status: 403, code: 'SERVER_FOREIGN_ORIGIN', message: `requests from ${origin} are refused; only this server's own page may call it` };
      }
      if (password !== undefined) {
        const sent = basicPassword(req.headers.authorization);
        if (sent === null || !sameSecret(sent, password)) {
          return { status: 401, code: 'SERVER_PASSWORD', message: 'this viewer needs its password', headers: { 'www-authenticate': 'Basic realm="wutong", charset="UTF-8"' } };
        }
      }
      if (isApiCall(req.url)) {
        const sent = req.headers[TOKEN_HEADER];
        if (typeof sent !== 'string' || !sameSecret(sent, token)) {
          return { status: 403, code: 'SERVER_TOKEN', message: 'the API answers only the page this server served (missing or wrong token; reload the page)' };
        }
      }
      if (req.method === 'POST' && !isJson(req.headers['content-type'])) {
        return { status: 415, code: 'SERVER_NOT_JSON', message: `POST bodies must be application/json, not ${req.headers['content-type'] ?? 'untyped'}` };
      }
      return null;
    },
  };
}
