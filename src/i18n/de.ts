/** Deutsch: the texts of a German event page (Sie-form, as German event sites write). Imports nothing at run time (see ./index.ts). */
import type { Messages } from './en.js';

export default function de(locale: string): Partial<Messages> {
  const nf = new Intl.NumberFormat(locale);
  const n = (v: number) => nf.format(v);
  const pr = new Intl.PluralRules('de');
  const one = (v: number) => pr.select(v) === 'one';
  return {
    // ── shared ────────────────────────────────────────────────────────────────
    loading: 'Wird geladen…',
    retry: 'Erneut versuchen',
    configError: 'Die Veranstaltungen können hier gerade nicht angezeigt werden.',
    networkError: 'Die Veranstaltungen konnten nicht geladen werden. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    serverError: 'Der Veranstaltungsdienst antwortet gerade nicht. Bitte versuchen Sie es gleich noch einmal.',
    rateLimited: (s: number) =>
      s < 90
        ? `Der Veranstaltungsdienst ist ausgelastet. Neuer Versuch in ${n(s)} ${one(s) ? 'Sekunde' : 'Sekunden'}…`
        : `Der Veranstaltungsdienst ist ausgelastet. Neuer Versuch in ${n(Math.ceil(s / 60))} ${one(Math.ceil(s / 60)) ? 'Minute' : 'Minuten'}…`,
    notFound: 'Diese Veranstaltung wurde nicht gefunden. Vielleicht wurde sie verschoben oder nicht mehr veröffentlicht.',
    online: 'Online',
    hybrid: 'Online und vor Ort',
    placesLeft: (v: number) => (one(v) ? `Noch ${n(v)} Platz frei` : `Noch ${n(v)} Plätze frei`),
    waitlist: 'Warteliste',
    soldOut: 'Ausgebucht',
    registrationClosed: 'Anmeldung geschlossen',
    free: 'Kostenlos',
    addToCalendar: 'In den Kalender',
    addSessionToCalendar: (name: string) => `„${name}“ in den Kalender eintragen`,
    eventTypes: {
      100000001: 'Executive Briefing',
      100000002: 'Konferenz',
      100000003: 'Produktvorführung',
      100000004: 'Schulung',
      100000005: 'Webcast',
    },
    eventFormats: { 100000001: 'Vor Ort', 100000002: 'Webinar', 100000003: 'Hybrid' },
    sessionTypes: {
      100000000: 'Praxis-Lab',
      100000001: 'Keynote',
      100000002: 'Allgemein',
      100000003: 'Brainstorming',
      100000004: 'Breakout-Session',
      100000005: 'Schulung',
    },
    // ── <evt-list> ───────────────────────────────────────────────────────────
    listLabel: 'Veranstaltungen',
    listLoading: 'Veranstaltungen werden geladen…',
    listSearchLabel: 'Veranstaltungen durchsuchen',
    listSearchPlaceholder: 'Name, Ort oder Thema',
    listTypeLabel: 'Art der Veranstaltung',
    listAllTypes: 'Alle Arten',
    listFormatLabel: 'Format',
    listAllFormats: 'Alle Formate',
    listEmpty: 'Derzeit sind keine Veranstaltungen geplant.',
    listEmptyWithPast: 'Derzeit gibt es keine Veranstaltungen.',
    listNoMatch: (query: string) => (query ? `Keine Veranstaltung passt zu „${query}“.` : 'Keine Veranstaltung passt zu diesen Filtern.'),
    listClearFilters: 'Suche und Filter zurücksetzen',
    listShowMore: 'Mehr anzeigen',
    listShowing: (shown: number, total: number) => `${n(shown)} von ${n(total)} ${one(total) ? 'Veranstaltung' : 'Veranstaltungen'}`,
    listFound: (total: number) =>
      total ? `${n(total)} ${one(total) ? 'Veranstaltung' : 'Veranstaltungen'} gefunden` : 'Keine Veranstaltungen gefunden',
    listPast: 'Vergangene Veranstaltung',
    listHybridPlace: (place: string) => `${place} und online`,
    // ── <evt-detail> ─────────────────────────────────────────────────────────
    detailNoEvent: 'Es wurde keine Veranstaltung ausgewählt.',
    detailChooseEvent: 'Wählen Sie eine Veranstaltung, um hier die Details zu sehen.',
    detailRegister: 'Anmelden',
    detailJoinWaitlist: 'Auf die Warteliste',
    detailEventEnded: 'Diese Veranstaltung ist vorbei.',
    detailCapacity: (max: number) => `${n(max)} ${one(max) ? 'Platz' : 'Plätze'}`,
    detailFullyBooked: 'Ausgebucht',
    detailAboutEvent: 'Über diese Veranstaltung',
    detailVenue: 'Veranstaltungsort',
    detailFacilities: 'Ausstattung',
    detailFacilityStepFree: 'Stufenloser Zugang',
    detailFacilityToilets: 'Barrierefreie Toiletten',
    detailFacilityParking: 'Behindertenparkplätze',
    detailFacilityWifi: 'WLAN',
    detailFacilityWifiNetwork: (ssid: string) => `WLAN (Netzwerk „${ssid}“)`,
    detailFacilityTelephone: 'Öffentliches Telefon',
    detailAgenda: 'Programm',
    detailTrackFilter: 'Track',
    detailAllTracks: 'Alle Tracks',
    detailSessionsShown: (v: number) => `${n(v)} ${one(v) ? 'Programmpunkt' : 'Programmpunkte'} angezeigt`,
    detailTimeToBeAnnounced: 'Uhrzeit folgt',
    detailSessionFull: 'Voll',
    detailSessionWith: (names: string) => `Mit ${names}`,
    detailSessionMore: 'Mehr zu diesem Programmpunkt',
    detailSpeakers: 'Referentinnen und Referenten',
    detailSpeakerWebsite: 'Website',
    detailSpeakerBlog: 'Blog',
    detailSpeakerLinkedIn: 'LinkedIn',
    detailSpeakerTwitter: 'X (Twitter)',
    detailSpeakerSessions: (sessions: string) => `Spricht bei: ${sessions}`,
    detailSponsors: 'Sponsoren',
    detailSponsorPlaceholder: 'Sponsor',
    detailPasses: 'Tickets',
    detailPassesLeft: (v: number) => `Noch ${n(v)} verfügbar`,
    detailQrCode: 'QR-Code der Veranstaltung',
    detailQrAlt: (name: string) => `QR-Code, der die Seite von „${name}“ öffnet`,
    detailQrHint: 'Mit der Handykamera scannen, um diese Veranstaltung zu öffnen.',
    detailSectionFailed: (what: string) => `${what} konnte nicht geladen werden.`,
    // ── <evt-register> ───────────────────────────────────────────────────────
    registerHeading: 'Anmeldung',
    registerWaitlistHeading: 'Auf die Warteliste setzen',
    registerRequiredNote: 'Mit * markierte Felder sind Pflichtfelder.',
    registerAttendee: (i: number) => `Teilnehmer/in ${n(i)}`,
    registerYourDetails: 'Ihre Angaben',
    registerAttendeeWaitlisted: (i: number) => `Teilnehmer/in ${n(i)} (Warteliste)`,
    registerFirstName: 'Vorname',
    registerLastName: 'Nachname',
    registerEmail: 'E-Mail-Adresse',
    registerEmailHint: 'Hierhin schicken wir die Bestätigung.',
    registerAddAttendee: 'Weitere Person anmelden',
    registerRemoveAttendee: (i: number) => `Teilnehmer/in ${n(i)} entfernen`,
    registerAttendeeAdded: (i: number) => `Teilnehmer/in ${n(i)} hinzugefügt.`,
    registerAttendeeRemoved: (i: number) => `Teilnehmer/in ${n(i)} entfernt.`,
    registerMaxAttendees: (max: number) => `Pro Anmeldung ${one(max) ? `höchstens ${n(max)} Person` : `höchstens ${n(max)} Personen`}.`,
    registerYes: 'Ja',
    registerNo: 'Nein',
    registerSelectPrompt: 'Bitte wählen…',
    registerPass: 'Ticket',
    registerPassesLeft: (v: number) => `Noch ${n(v)} verfügbar`,
    registerTotal: (price: string) => `Gesamt: ${price}`,
    registerTotalHint: 'Die Zahlung folgt auf der nächsten Seite.',
    registerSessions: 'Programmpunkte',
    registerSessionsHint: 'Wählen Sie die Programmpunkte, an denen Sie teilnehmen. Die Auswahl gilt für alle Personen dieser Anmeldung.',
    registerSessionsUndated: 'Uhrzeit folgt',
    registerSessionWaitlistedFor: (names: string) => `Warteliste: ${names}`,
    registerSessionFull: 'Voll',
    registerSessionWaitlistOnly: 'Voll – Sie können sich auf die Warteliste setzen',
    registerSessionWaitlistFor: (i: number) => `Warteliste ab Teilnehmer/in ${n(i)}`,
    registerSessionOverlaps: (names: string) => `Überschneidet sich mit ${names}`,
    registerWaitlistNotice:
      'Diese Veranstaltung ist ausgebucht. Sie können sich auf die Warteliste setzen: Der Veranstalter meldet sich, sobald ein Platz frei wird.',
    registerPartialWaitlist: (places: number) =>
      one(places)
        ? `Es ist nur noch ${n(places)} Platz frei: Weitere Personen kommen auf die Warteliste.`
        : `Es sind nur noch ${n(places)} Plätze frei: Weitere Personen kommen auf die Warteliste.`,
    registerAutoRegister: 'Automatisch anmelden, sobald ein Platz frei wird',
    registerAutoRegisterHint: 'Sonst erhalten Sie eine Einladung und bestätigen selbst.',
    registerSubmit: 'Anmelden',
    registerSubmitWaitlist: 'Auf die Warteliste',
    registerSubmitPay: 'Weiter zur Zahlung',
    registerSending: 'Ihre Anmeldung wird gesendet…',
    registerWaiting: (s: number) =>
      `Gerade melden sich sehr viele Menschen an. Erneuter Versuch in ${n(s)} ${one(s) ? 'Sekunde' : 'Sekunden'} – Sie müssen nichts neu eingeben.`,
    registerOutcomeUnknown:
      'Die Verbindung ist abgebrochen, bevor die Antwort kam. Wir wissen daher nicht, ob die Anmeldung angekommen ist. ' +
      'Bitte versuchen Sie es erneut: Falls sie angekommen ist, wird sie bestätigt und nicht doppelt gezählt.',
    registerNowWaitlist: 'Die letzten Plätze wurden gerade vergeben: Diese Anmeldung kommt jetzt auf die Warteliste.',
    // ── <evt-register>: waits, answers already received, bodies too large (issue 11) ──
    registerWaitLong: (seconds: number) => {
      const minutes = Math.ceil(seconds / 60);
      const span = seconds < 90 ? `${n(seconds)} ${one(seconds) ? 'Sekunde' : 'Sekunden'}` : `${n(minutes)} ${one(minutes) ? 'Minute' : 'Minuten'}`;
      return `Gerade melden sich zu viele Menschen an: Der Veranstaltungsdienst bittet darum, ${span} zu warten. Wenn diese Seite geöffnet bleibt, wird Ihre Anmeldung danach erneut gesendet, und alle Ihre Eingaben bleiben erhalten.`;
    },
    registerTryNow: 'Jetzt versuchen',
    registerAlreadyReceivedHeading: 'Ihre Anmeldung ist bereits eingegangen',
    registerAlreadyReceivedNote: 'Diese Anmeldung lag dem Veranstaltungsdienst bereits vor, daher wurde niemand doppelt angemeldet.',
    registerAlreadyNamed: (names: string, count: number) =>
      one(count)
        ? `${names} ist bereits für diese Veranstaltung angemeldet, deshalb wurde aus dieser Anmeldung niemand registriert. Bitte entfernen Sie diese Person und senden Sie die Anmeldung erneut.`
        : `${names} sind bereits für diese Veranstaltung angemeldet, deshalb wurde aus dieser Anmeldung niemand registriert. Bitte entfernen Sie diese Personen und senden Sie die Anmeldung erneut.`,
    registerAlreadyUnnamed: (sent: string) =>
      `Der Veranstaltungsdienst meldet, dass eine Person aus dieser Anmeldung bereits für diese Veranstaltung angemeldet ist, nennt aber nicht, wer. Diese Anmeldung galt für: ${sent}. Falls Sie sie gerade erst gesendet haben, ist sie vielleicht schon angekommen: Bitte prüfen Sie, ob Sie eine Bestätigung per E-Mail erhalten haben, bevor Sie erneut senden.`,
    registerTooLarge: (field: string) => `Die Antworten sind zu lang, um gesendet zu werden. Bitte kürzen Sie „${field}“ und senden Sie die Anmeldung erneut.`,
    registerRefusedField: (field: string) => `Der Veranstaltungsdienst hat „${field}“ nicht akzeptiert. Bitte prüfen Sie die Angabe und senden Sie erneut.`,
    registerErrorSummary: 'Bitte prüfen Sie Ihre Angaben',
    registerErrorIn: (where: string, message: string) => `${where}: ${message}`,
    registerErrRequired: (label: string) => `Bitte füllen Sie „${label}“ aus.`,
    registerErrTooLong: (label: string, max: number) => `„${label}“ darf höchstens ${n(max)} Zeichen lang sein.`,
    registerErrEmail: 'Bitte geben Sie eine E-Mail-Adresse wie name@example.com ein.',
    registerErrEmailTwice: 'Diese E-Mail-Adresse wird bereits für eine andere Person dieser Anmeldung verwendet.',
    registerErrCharacter: (label: string, character: string) => `„${label}“ darf ${character} nicht enthalten. Bitte entfernen Sie das Zeichen und versuchen Sie es erneut.`,
    registerErrLetter: (label: string) => `„${label}“ muss mindestens einen Buchstaben enthalten.`,
    registerErrChoose: (label: string) => `Bitte wählen Sie eine Antwort auf „${label}“.`,
    registerErrAnswer: (label: string) => `Bitte beantworten Sie „${label}“.`,
    registerErrPass: 'Bitte wählen Sie ein Ticket.',
    registerErrPassLimit: (pass: string, left: number) =>
      left
        ? `Vom Ticket „${pass}“ ${one(left) ? `ist nur noch ${n(left)} verfügbar` : `sind nur noch ${n(left)} verfügbar`}: Bitte wählen Sie ein anderes Ticket.`
        : `Das Ticket „${pass}“ ist ausverkauft: Bitte wählen Sie ein anderes Ticket.`,
    registerErrSessionFull: (session: string, left: number) =>
      left
        ? `In „${session}“ ${one(left) ? `ist nur noch ${n(left)} Platz frei` : `sind nur noch ${n(left)} Plätze frei`}.`
        : `„${session}“ ist voll.`,
    registerClosed: 'Die Anmeldung für diese Veranstaltung ist geschlossen.',
    registerEnded: 'Diese Veranstaltung ist vorbei.',
    registerSoldOut: 'Diese Veranstaltung ist ausgebucht.',
    registerSignIn:
      'Für diese Veranstaltung können sich nur angemeldete Besucher registrieren, und eine Anmeldung ist auf dieser Seite nicht möglich. Bitte melden Sie sich über die Veranstaltungswebsite des Veranstalters an.',
    registerCaptchaMissing:
      'Diese Veranstaltung verlangt eine Sicherheitsprüfung, die diese Seite nicht anzeigen kann. Bitte melden Sie sich über die Veranstaltungswebsite des Veranstalters an.',
    registerCaptchaFailed: 'Die Sicherheitsprüfung konnte nicht abgeschlossen werden. Bitte versuchen Sie es erneut.',
    registerFailed: 'Die Anmeldung konnte nicht gesendet werden. Bitte versuchen Sie es erneut.',
    registerBusy: 'Gerade melden sich zu viele Menschen an. Bitte versuchen Sie es in einer Minute erneut – Ihre Eingaben bleiben erhalten.',
    registerSuccessHeading: 'Sie sind angemeldet',
    registerSuccessWaitlistHeading: 'Sie stehen auf der Warteliste',
    registerSuccessMixedHeading: 'Anmeldung eingegangen',
    registerSuccessFor: (event: string, when: string) => (when ? `${event}, ${when}` : event),
    registerSuccessNote: 'Sie erhalten gleich eine Bestätigung per E-Mail.',
    registerStatusRegistered: 'Angemeldet',
    registerStatusWaitlisted: 'Auf der Warteliste',
    registerAnother: 'Weitere Person anmelden',
    registerPaymentHeading: 'Zahlung',
    registerPaymentPending: 'Ihre Plätze sind reserviert. Die Anmeldung ist abgeschlossen, sobald die Zahlung eingegangen ist.',
    registerPaymentGoing: 'Sie werden zur Zahlungsseite weitergeleitet…',
    registerRedirectInvalid: 'Die Zahlungsseite konnte nicht geöffnet werden. Bitte wenden Sie sich an den Veranstalter.',
    registerErrors: {
      RegistrationFailed: 'Die Anmeldung konnte nicht abgeschlossen werden. Bitte prüfen Sie Ihre Angaben und versuchen Sie es erneut.',
      EventNotFound: 'Diese Veranstaltung wurde nicht gefunden. Vielleicht wurde sie verschoben oder nicht mehr veröffentlicht.',
      EventNotLive: 'Für diese Veranstaltung ist keine Anmeldung möglich.',
      SessionNotLive: 'Für einen gewählten Programmpunkt ist keine Anmeldung möglich. Bitte entfernen Sie ihn und versuchen Sie es erneut.',
      MaximumCapacityReached: 'Die Veranstaltung ist gerade voll geworden. Das Formular bietet jetzt die Warteliste an: Bitte prüfen und erneut senden.',
      MaximumNoAttendeesReached: 'Diese Veranstaltung ist ausgebucht.',
      MaximumSessionCapacityReached: 'Ein gewählter Programmpunkt ist gerade voll geworden. Bitte wählen Sie einen anderen oder entfernen Sie ihn.',
      SessionFullyBooked: 'Ein gewählter Programmpunkt ist ausgebucht. Bitte wählen Sie einen anderen oder entfernen Sie ihn.',
      AlreadyRegistered:
        'Eine Person dieser Anmeldung ist mit derselben E-Mail-Adresse bereits angemeldet. Wenn Sie das sind, ist nichts weiter nötig: Die Bestätigung wurde bei der Anmeldung verschickt.',
      AnonymousRegistrationNotAllowed: 'Für diese Veranstaltung müssen Sie sich zuerst einloggen.',
      MultiAttendeeRegistrationNotEnabled: 'Bei dieser Veranstaltung gilt eine Anmeldung für eine Person. Bitte melden Sie jede Person einzeln an.',
      TooManyAttendees: 'Pro Anmeldung sind höchstens 50 Personen möglich. Bitte teilen Sie die Anmeldung auf.',
      WaitlistRegistrationNotAllowedErrorMessage: 'Es sind keine Plätze mehr frei, und diese Veranstaltung hat keine Warteliste.',
      RequiredRegistrationFieldMissing: 'Eine Pflichtfrage ist nicht beantwortet. Bitte prüfen Sie das Formular und senden Sie es erneut.',
      InvalidValueForRequiredRegistrationField: 'Eine Antwort auf eine Pflichtfrage ist ungültig. Bitte prüfen Sie das Formular und senden Sie es erneut.',
      AttendeePassIdNotValid: 'Ein gewähltes Ticket ist nicht mehr verfügbar. Bitte wählen Sie ein anderes.',
      AttendeeSessionIdNotValid: 'Ein gewählter Programmpunkt ist nicht mehr verfügbar. Bitte entfernen Sie ihn und versuchen Sie es erneut.',
      InsufficentNumberOfPasses: 'Es sind nicht mehr genug Tickets für alle übrig. Bitte wählen Sie ein anderes Ticket oder melden Sie weniger Personen an.',
      FinalizationNotAllowed: 'Die Sicherheitsprüfung stimmte nicht überein. Bitte versuchen Sie es erneut.',
      FinalizationNotEnabled: 'Die Zahlung für diese Veranstaltung ist online nicht möglich. Bitte wenden Sie sich an den Veranstalter.',
      FinalizationAfterTimeLimit: 'Die Zeit für die Zahlung ist abgelaufen. Bitte melden Sie sich erneut an.',
      RequestTimedOut: 'Die Bearbeitung der Anmeldung hat zu lange gedauert. Bitte versuchen Sie es erneut.',
    },
  };
}
