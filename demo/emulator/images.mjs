// Generated images (SVG): speaker avatars with initials, sponsor logos with the sponsor's name,
// event banners, and a real QR code of the event's URL. Every piece of text is escaped.

import qrcode from 'qrcode-generator';

/** Escapes text for SVG/XML content and attribute values. */
export function escapeXml(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]);
}

const PALETTE = ['#1b6ca8', '#2a9d8f', '#8e44ad', '#c0392b', '#d35400', '#16a085', '#2c3e50', '#7f5539', '#3a5a40', '#6d597a'];
/** A colour chosen by a string, stable across runs. */
function colour(key) {
  let h = 0;
  for (const ch of String(key)) h = (h * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
  return PALETTE[h % PALETTE.length];
}

/** "Ingrid Vos" -> "IV"; "佐藤 花子" -> "佐花"; a single word gives one letter. */
export function initials(name) {
  const words = String(name ?? '').trim().split(/\s+/).filter(Boolean);
  if (!words.length) return '?';
  const first = [...words[0]][0];
  const last = words.length > 1 ? [...words[words.length - 1]][0] : '';
  return (first + last).toUpperCase();
}

const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Noto Sans, Noto Sans CJK JP, Noto Naskh Arabic, sans-serif';

/** A square avatar with the speaker's initials. */
export function avatarSvg(name, key) {
  const label = escapeXml(name ?? 'Speaker');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256" role="img" aria-label="${label}">` +
    `<title>${label}</title><rect width="256" height="256" fill="${colour(key)}"/>` +
    `<text x="128" y="128" dy=".35em" text-anchor="middle" font-family="${FONT}" font-size="96" font-weight="600" fill="#ffffff">${escapeXml(initials(name))}</text></svg>`;
}

/** A logo: the sponsor's name on a coloured plate ("Sponsor" when the name is blank). */
export function logoSvg(name, key) {
  const text = String(name ?? '').trim() || 'Sponsor';
  const size = Math.max(16, Math.min(40, Math.floor(560 / Math.max(8, [...text].length))));
  const label = escapeXml(text);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="160" viewBox="0 0 400 160" role="img" aria-label="${label}">` +
    `<title>${label}</title><rect x="4" y="4" width="392" height="152" rx="20" fill="#ffffff" stroke="${colour(key)}" stroke-width="6"/>` +
    `<circle cx="44" cy="80" r="20" fill="${colour(key)}"/>` +
    `<text x="220" y="80" dy=".35em" text-anchor="middle" font-family="${FONT}" font-size="${size}" font-weight="700" fill="${colour(key)}">${label}</text></svg>`;
}

/** Splits a title into at most two lines of about `width` characters, with an ellipsis if cut. */
function lines(text, width) {
  // Wide characters (CJK, Hangul, kana) take about twice the room of Latin letters.
  if (/[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u.test(text)) width = Math.ceil(width / 1.8);
  const chars = [...text];
  if (chars.length <= width) return [text];
  const words = text.split(/\s+/);
  if (words.length === 1) {
    // CJK and other scripts without spaces: cut by characters.
    const first = chars.slice(0, width).join('');
    const rest = chars.slice(width);
    return [first, rest.length > width ? rest.slice(0, width - 1).join('') + '…' : rest.join('')];
  }
  const out = [''];
  for (const w of words) {
    const cur = out[out.length - 1];
    if ([...cur].length + 1 + [...w].length <= width || cur === '') out[out.length - 1] = cur ? `${cur} ${w}` : w;
    else if (out.length < 2) out.push(w);
    else {
      out[1] = [...out[1]].slice(0, width - 1).join('') + '…';
      return out;
    }
  }
  return out;
}

/**
 * A 3:1 banner with the event's name and date line. The text stays within the middle 640 px, so a
 * card that crops the banner to 16:9 (the middle 711 px) still shows all of it.
 */
export function bannerSvg(title, subtitle, key) {
  const rows = lines(String(title ?? ''), 18);
  const c = colour(key);
  const text = rows
    .map((r, i) => `<text x="600" y="${rows.length === 1 ? 190 : 150 + i * 70}" text-anchor="middle" font-family="${FONT}" font-size="60" font-weight="700" fill="#ffffff">${escapeXml(r)}</text>`)
    .join('');
  const label = escapeXml(title ?? 'Event');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="400" viewBox="0 0 1200 400" role="img" aria-label="${label}">` +
    `<title>${label}</title><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${c}"/><stop offset="1" stop-color="#111827"/></linearGradient></defs>` +
    `<rect width="1200" height="400" fill="url(#g)"/>${text}` +
    `<text x="600" y="330" text-anchor="middle" font-family="${FONT}" font-size="30" fill="#e5e7eb">${escapeXml(subtitle ?? '')}</text></svg>`;
}

/**
 * The QR code (error correction M) of a URL, as SVG. Non-ASCII characters are percent-encoded
 * first, so the code holds exactly the bytes a phone will open.
 * @param {string} target
 */
export function qrSvg(target) {
  const data = asciiUrl(target);
  const qr = qrcode(0, 'M');
  qr.addData(data, 'Byte');
  qr.make();
  // `title` is supported by qrcode-generator 2.x although its typings omit it.
  const options = /** @type {any} */ ({ cellSize: 8, margin: 32, title: `QR code: ${data}` });
  return { data, svg: qr.createSvgTag(options) };
}

/** `new URL().href` percent-encodes the path and punycodes the host; other strings are encodeURI'd. */
export function asciiUrl(s) {
  try {
    return new URL(s).href;
  } catch {
    // encodeURI throws on a lone surrogate: such a string is no URL at all.
    try {
      return encodeURI(s);
    } catch {
      return '';
    }
  }
}
