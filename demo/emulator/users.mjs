// Signed-in users (outbound marketing only). The real service takes an Azure AD B2C id_token as
// `Authorization: Bearer`; the emulator issues opaque tokens from `GET /dev/token?email=...`.

import { randomBytes } from 'node:crypto';
import { HttpError } from './http.mjs';
import { stableId } from './seed.mjs';
import { attendeeFieldProblem } from './validate.mjs';

/** @typedef {{ id: string, firstName: string, lastName: string, email: string, isAnonymous: false }} User */

export class Users {
  constructor() {
    /** @type {Map<string, User>} */
    this.tokens = new Map();
  }

  /**
   * Issues a bearer token for a person (the same email always maps to the same contact id).
   * @param {{ email: string | null, firstName?: string | null, lastName?: string | null }} p
   */
  issue({ email, firstName, lastName }) {
    const problem = attendeeFieldProblem('email', email);
    if (problem) throw new HttpError(400, `GET /dev/token needs ?email=<address>: ${problem}.`);
    const local = String(email).trim().split('@')[0];
    const user = {
      id: stableId(`contact:${String(email).trim().toLowerCase()}`),
      firstName: firstName?.trim() || local.split(/[._-]/)[0].replace(/^./, (c) => c.toUpperCase()),
      lastName: lastName?.trim() || '',
      email: String(email).trim(),
      isAnonymous: /** @type {const} */ (false),
    };
    const token = `emu.${randomBytes(24).toString('base64url')}`;
    this.tokens.set(token, user);
    return { token, tokenType: 'Bearer', user };
  }

  /**
   * The user of a request: null without an Authorization header; a 401 for a header that is not a
   * token this emulator issued.
   * @param {string | undefined} header
   */
  fromHeader(header) {
    if (!header) return null;
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
    const user = m ? this.tokens.get(m[1]) : undefined;
    if (!user) throw new HttpError(401, 'The bearer token is not valid or has expired. Get one from GET /dev/token?email=...');
    return user;
  }

  clear() {
    this.tokens.clear();
  }
}
