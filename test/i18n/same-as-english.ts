/** The catalogue keys each language writes exactly as English does, shared by the i18n tests. */
/**
 * Texts that stay as English writes them, on purpose: brand names, and words the language writes
 * the same way. Everything else equal to English fails the "no English left" check.
 */
export const SAME_AS_ENGLISH: Record<string, readonly string[]> = {
  '*': ['registerPartSeparator', 'detailSpeakerLinkedIn', 'detailSpeakerTwitter', 'registerErrorIn', 'registerSuccessFor', 'listHybridPlace'],
  de: ['online', 'eventTypes.100000005', 'eventFormats.100000002', 'eventFormats.100000003', 'sessionTypes.100000001', 'sessionTypes.100000003', 'listFormatLabel', 'detailTrackFilter', 'detailSpeakerWebsite', 'detailSpeakerBlog', 'detailSponsorPlaceholder', 'detailFacilityWifi'],
  fr: ['detailCapacity', 'eventTypes.100000005', 'listFormatLabel', 'detailSpeakerBlog', 'registerSessions', 'detailFacilityWifi'],
  es: ['registerErrorPrefix', 'registerTotal', 'detailSpeakerBlog', 'registerNo', 'sessionTypes.100000002', 'detailFacilityWifi'],
  it: ['online', 'eventTypes.100000005', 'eventFormats.100000002', 'sessionTypes.100000003', 'detailSpeakerBlog', 'detailSponsors', 'detailSponsorPlaceholder', 'registerNo', 'detailFacilityWifi'],
  nl: ['online', 'eventTypes.100000004', 'eventTypes.100000005', 'eventFormats.100000002', 'sessionTypes.100000001', 'sessionTypes.100000005', 'detailTrackFilter', 'detailSpeakerWebsite', 'detailSpeakerBlog', 'detailSponsors', 'detailSponsorPlaceholder'],
  pt: ['registerTotal', 'eventFormats.100000002', 'sessionTypes.100000003', 'detailSpeakerBlog', 'detailFacilityWifi'],
  pl: ['online', 'eventFormats.100000002', 'detailSpeakerBlog', 'detailSponsorPlaceholder', 'detailFacilityWifi'],
  sv: ['online', 'eventFormats.100000003', 'listFormatLabel', 'detailSponsorPlaceholder', 'eventTypes.100000003'],
  ja: ['detailFacilityWifi'],
  zh: [],
  ar: [],
};
