/**
 * The language of an event's own content (names, descriptions, session texts), from the LCID the
 * API sends in `eventLanguage` (a session's `language`). The interface keeps the page's language;
 * only the content gets this `lang`, so a screen reader reads a Dutch event's name in Dutch on an
 * English page.
 *
 * The table holds the common LCIDs of the languages Dynamics 365 ships, as "lcid:tag" pairs (an
 * LCID's tag cannot be derived: the numbers are Windows' own). An LCID outside it gives no `lang`
 * rather than a guess.
 */
const TABLE =
  '1025:ar-SA 1026:bg-BG 1027:ca-ES 1028:zh-TW 1029:cs-CZ 1030:da-DK 1031:de-DE 1032:el-GR 1033:en-US 1035:fi-FI ' +
  '1036:fr-FR 1037:he-IL 1038:hu-HU 1040:it-IT 1041:ja-JP 1042:ko-KR 1043:nl-NL 1044:nb-NO 1045:pl-PL 1046:pt-BR ' +
  '1048:ro-RO 1049:ru-RU 1050:hr-HR 1051:sk-SK 1053:sv-SE 1054:th-TH 1055:tr-TR 1057:id-ID 1058:uk-UA 1060:sl-SI ' +
  '1061:et-EE 1062:lv-LV 1063:lt-LT 1066:vi-VN 1069:eu-ES 1081:hi-IN 1086:ms-MY 1087:kk-KZ 1110:gl-ES 2052:zh-CN ' +
  '2057:en-GB 2070:pt-PT 2074:sr-Latn-RS 3076:zh-HK 3082:es-ES 3084:fr-CA 3098:sr-Cyrl-RS';

let byLcid: Map<number, string> | null = null;

/** The BCP 47 tag of a Windows LCID (1033 → "en-US"), or undefined when it is not one we know. */
export function lcidToTag(lcid: number | null | undefined): string | undefined {
  if (typeof lcid !== 'number' || !Number.isInteger(lcid)) return undefined;
  byLcid ??= new Map(TABLE.split(' ').map((pair) => {
    const [k, v] = pair.split(':');
    return [Number(k), v!];
  }));
  return byLcid.get(lcid);
}

/** The `lang` of an event's (or a session's) content, or undefined when the API does not say. */
export function contentLang(item: { eventLanguage?: number | null; language?: number | null } | null | undefined): string | undefined {
  return lcidToTag(item?.language ?? item?.eventLanguage);
}
