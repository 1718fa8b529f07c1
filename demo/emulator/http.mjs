// Small HTTP helpers: errors as the API sends them (`{"Message": "..."}`, ASP.NET Web API style),
// JSON bodies, request bodies.

import { MAX_BODY_BYTES } from './constants.mjs';

export class HttpError extends Error {
  /** @param {number} status @param {string} message @param {Record<string, string>} [headers] */
  constructor(status, message, headers = {}) {
    super(message);
    this.status = status;
    this.headers = headers;
  }
}

/**
 * Bad input, decoded in one place: every percent-decoding of a request goes through here, so a
 * malformed `%` sequence is a 400 that says so, never an uncaught URIError (a 500).
 * @param {string} s @param {string} [what] what was being decoded, for the message
 */
export function decodeComponent(s, what = 'The request path') {
  try {
    return decodeURIComponent(s);
  } catch {
    throw new HttpError(400, `${what} is not validly percent-encoded (a "%" must be followed by two hex digits that spell UTF-8): ${JSON.stringify(s.slice(0, 200))}.`);
  }
}

/**
 * The request target as a URL. A path (`/x`, also `//x`) stays a path: `new URL('//x', base)`
 * would read `x` as a host. An absolute-form target (`http://host/path`, proxies) is parsed as one.
 * @param {string | undefined} target
 */
export function requestUrl(target = '/') {
  try {
    return target.startsWith('/') ? new URL(`http://emulator.invalid${target}`) : new URL(target);
  } catch {
    throw new HttpError(400, `The request target is not a valid URL path: ${JSON.stringify(target.slice(0, 200))}.`);
  }
}

/**
 * The reply for an error thrown while handling a request: an HttpError's own status, 400 for
 * input that could not be decoded (URIError, wherever it came from), null for a defect (500).
 * @param {unknown} err @returns {Reply | null}
 */
export function replyForError(err) {
  if (err instanceof HttpError) return errorReply(err.status, err.message, err.headers);
  if (err instanceof URIError) return errorReply(400, `The request is not validly percent-encoded: ${err.message}.`);
  return null;
}

/** @param {unknown} v @returns {v is Record<string, any>} */
export const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * A response the pipeline sends: status, headers, body (string or Buffer).
 * @typedef {{ status: number, headers: Record<string, string>, body: string | Buffer | null }} Reply
 */

/** @returns {Reply} */
export const json = (value, status = 200, headers = {}) => ({
  status,
  headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers },
  body: JSON.stringify(value),
});

/** @returns {Reply} */
export const errorReply = (status, message, headers = {}) => json({ Message: message }, status, headers);

/** @returns {Reply} */
export const svg = (markup) => ({
  status: 200,
  headers: { 'Content-Type': 'image/svg+xml; charset=utf-8', 'Cache-Control': 'public, max-age=300', 'X-Content-Type-Options': 'nosniff' },
  body: markup,
});

/**
 * Reads a request body as text, refusing bodies over MAX_BODY_BYTES with 413.
 * @param {import('node:http').IncomingMessage} req @returns {Promise<string>}
 */
export function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (c) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        reject(new HttpError(413, `The request body is larger than ${MAX_BODY_BYTES} bytes.`));
        req.resume();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * Parses a JSON request body; malformed JSON is 400. An empty body is `undefined`.
 * @param {string} text
 */
export function parseJson(text) {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new HttpError(400, `The request body is not valid JSON: ${/** @type {Error} */ (err).message}`);
  }
}

/** Query parameters are matched without regard to case, as ASP.NET binds them. */
export function queryParam(url, name) {
  const lower = name.toLowerCase();
  for (const [k, v] of url.searchParams) if (k.toLowerCase() === lower) return v;
  return null;
}
