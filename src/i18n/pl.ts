/**
 * Polski: the texts of a Polish event page. Polish counts with four plural forms (1 miejsce,
 * 2 miejsca, 5 miejsc, 1,5 miejsca: `one`, `few`, `many`, `other` of `Intl.PluralRules('pl')`), and
 * the verb agrees too ("zostało", "zostały"), so each counted text is one whole sentence per form.
 * Imports nothing at run time (see ./index.ts).
 */
import type { Messages } from './en.js';

type Forms = { one: string; few: string; many: string; other: string };

export default function pl(locale: string): Partial<Messages> {
  const nf = new Intl.NumberFormat(locale);
  const n = (v: number) => nf.format(v);
  const pr = new Intl.PluralRules('pl');
  const p = (v: number, f: Forms) => f[pr.select(v) as keyof Forms] ?? f.other;
  return {
    // ── shared ────────────────────────────────────────────────────────────────
    loading: 'Wczytywanie…',
    retry: 'Spróbuj ponownie',
    configError: 'Nie można teraz wyświetlić tutaj wydarzeń.',
    networkError: 'Nie udało się wczytać wydarzeń. Sprawdź połączenie i spróbuj ponownie.',
    serverError: 'Serwis wydarzeń w tej chwili nie odpowiada. Spróbuj ponownie za moment.',
    rateLimited: (s: number) =>
      s < 90
        ? `Serwis wydarzeń jest przeciążony. Ponowna próba za ${n(s)} ${p(s, { one: 'sekundę', few: 'sekundy', many: 'sekund', other: 'sekundy' })}…`
        : `Serwis wydarzeń jest przeciążony. Ponowna próba za ${n(Math.ceil(s / 60))} ${p(Math.ceil(s / 60), { one: 'minutę', few: 'minuty', many: 'minut', other: 'minuty' })}…`,
    notFound: 'Nie znaleziono tego wydarzenia. Mogło zostać przeniesione lub wycofane.',
    online: 'Online',
    hybrid: 'Online i stacjonarnie',
    placesLeft: (v: number) =>
      p(v, { one: `Zostało ${n(v)} miejsce`, few: `Zostały ${n(v)} miejsca`, many: `Zostało ${n(v)} miejsc`, other: `Zostało ${n(v)} miejsca` }),
    waitlist: 'Lista oczekujących',
    soldOut: 'Wyprzedane',
    registrationClosed: 'Rejestracja zamknięta',
    free: 'Bezpłatne',
    addToCalendar: 'Dodaj do kalendarza',
    addSessionToCalendar: (name: string) => `Dodaj „${name}” do kalendarza`,
    eventTypes: {
      100000001: 'Spotkanie dla kadry kierowniczej',
      100000002: 'Konferencja',
      100000003: 'Prezentacja',
      100000004: 'Szkolenie',
      100000005: 'Transmisja internetowa',
    },
    eventFormats: { 100000001: 'Stacjonarnie', 100000002: 'Webinar', 100000003: 'Hybrydowo' },
    sessionTypes: {
      100000000: 'Warsztaty praktyczne',
      100000001: 'Wystąpienie główne',
      100000002: 'Ogólna',
      100000003: 'Burza mózgów',
      100000004: 'Sesja równoległa',
      100000005: 'Szkolenie',
    },
    // ── <evt-list> ───────────────────────────────────────────────────────────
    listLabel: 'Wydarzenia',
    listLoading: 'Wczytywanie wydarzeń…',
    listSearchLabel: 'Szukaj wydarzeń',
    listSearchPlaceholder: 'Nazwa, miejsce lub temat',
    listTypeLabel: 'Rodzaj wydarzenia',
    listAllTypes: 'Wszystkie rodzaje',
    listFormatLabel: 'Forma',
    listAllFormats: 'Wszystkie formy',
    listEmpty: 'Obecnie nie ma zaplanowanych wydarzeń.',
    listEmptyWithPast: 'Obecnie nie ma żadnych wydarzeń.',
    listNoMatch: (query: string) => (query ? `Brak wydarzeń pasujących do „${query}”.` : 'Brak wydarzeń pasujących do tych filtrów.'),
    listClearFilters: 'Wyczyść wyszukiwanie i filtry',
    listShowMore: 'Pokaż więcej',
    listShowing: (shown: number, total: number) =>
      `Wyświetlono ${n(shown)} z ${n(total)} ${p(total, { one: 'wydarzenia', few: 'wydarzeń', many: 'wydarzeń', other: 'wydarzenia' })}`,
    listFound: (total: number) =>
      total
        ? `Znaleziono ${n(total)} ${p(total, { one: 'wydarzenie', few: 'wydarzenia', many: 'wydarzeń', other: 'wydarzenia' })}`
        : 'Nie znaleziono wydarzeń',
    listPast: 'Wydarzenie minione',
    listHybridPlace: (place: string) => `${place} i online`,
    // ── <evt-detail> ─────────────────────────────────────────────────────────
    detailNoEvent: 'Nie wybrano wydarzenia.',
    detailChooseEvent: 'Wybierz wydarzenie, aby zobaczyć tu szczegóły.',
    detailRegister: 'Zarejestruj się',
    detailJoinWaitlist: 'Zapisz się na listę oczekujących',
    detailEventEnded: 'To wydarzenie już się zakończyło.',
    detailCapacity: (max: number) => `${n(max)} ${p(max, { one: 'miejsce', few: 'miejsca', many: 'miejsc', other: 'miejsca' })}`,
    detailFullyBooked: 'Brak miejsc',
    detailAboutEvent: 'O wydarzeniu',
    detailVenue: 'Miejsce',
    detailFacilities: 'Udogodnienia',
    detailFacilityStepFree: 'Dostęp bez schodów',
    detailFacilityToilets: 'Toalety dla osób z niepełnosprawnościami',
    detailFacilityParking: 'Miejsca parkingowe dla osób z niepełnosprawnościami',
    detailFacilityWifi: 'Wi-Fi',
    detailFacilityWifiNetwork: (ssid: string) => `Wi-Fi (sieć „${ssid}”)`,
    detailFacilityTelephone: 'Telefon publiczny',
    detailAgenda: 'Program',
    detailTrackFilter: 'Ścieżka',
    detailAllTracks: 'Wszystkie ścieżki',
    detailSessionsShown: (v: number) => `Wyświetlono ${n(v)} ${p(v, { one: 'sesję', few: 'sesje', many: 'sesji', other: 'sesji' })}`,
    detailTimeToBeAnnounced: 'Godzina zostanie podana',
    detailSessionFull: 'Brak miejsc',
    detailSessionWith: (names: string) => `Prowadzenie: ${names}`,
    detailSessionMore: 'Więcej o tej sesji',
    detailSpeakers: 'Prelegenci',
    detailSpeakerWebsite: 'Strona internetowa',
    detailSpeakerBlog: 'Blog',
    detailSpeakerLinkedIn: 'LinkedIn',
    detailSpeakerTwitter: 'X (Twitter)',
    detailSpeakerSessions: (sessions: string) => `Wystąpienia: ${sessions}`,
    detailSponsors: 'Sponsorzy',
    detailSponsorPlaceholder: 'Sponsor',
    detailPasses: 'Bilety',
    detailPassesLeft: (v: number) => `Pozostało: ${n(v)}`,
    detailQrCode: 'Kod QR wydarzenia',
    detailQrAlt: (name: string) => `Kod QR otwierający stronę wydarzenia „${name}”`,
    detailQrHint: 'Zeskanuj go aparatem telefonu, aby otworzyć to wydarzenie.',
    detailSectionFailed: (what: string) => `Nie udało się wczytać sekcji „${what}”.`,
    // ── <evt-register> ───────────────────────────────────────────────────────
    registerHeading: 'Rejestracja',
    registerWaitlistHeading: 'Zapis na listę oczekujących',
    registerRequiredNote: 'Pola oznaczone * są wymagane.',
    registerAttendee: (i: number) => `Uczestnik ${n(i)}`,
    registerYourDetails: 'Twoje dane',
    registerAttendeeWaitlisted: (i: number) => `Uczestnik ${n(i)} (lista oczekujących)`,
    registerFirstName: 'Imię',
    registerLastName: 'Nazwisko',
    registerEmail: 'Adres e-mail',
    registerEmailHint: 'Na ten adres wyślemy potwierdzenie.',
    registerAddAttendee: 'Dodaj kolejnego uczestnika',
    registerRemoveAttendee: (i: number) => `Usuń uczestnika ${n(i)}`,
    registerAttendeeAdded: (i: number) => `Dodano uczestnika ${n(i)}.`,
    registerAttendeeRemoved: (i: number) => `Usunięto uczestnika ${n(i)}.`,
    registerMaxAttendees: (max: number) =>
      `W jednym zgłoszeniu maksymalnie ${n(max)} ${p(max, { one: 'osoba', few: 'osoby', many: 'osób', other: 'osoby' })}.`,
    registerYes: 'Tak',
    registerNo: 'Nie',
    registerSelectPrompt: 'Wybierz…',
    registerPass: 'Bilet',
    registerPassesLeft: (v: number) => `Pozostało: ${n(v)}`,
    registerTotal: (price: string) => `Razem: ${price}`,
    registerTotalHint: 'Płatność na następnej stronie.',
    registerSessions: 'Sesje',
    registerSessionsHint: 'Wybierz sesje, w których chcesz wziąć udział. Wszystkie osoby z tego zgłoszenia biorą udział w wybranych sesjach.',
    registerSessionsUndated: 'Godzina zostanie podana',
    registerSessionWaitlistedFor: (names: string) => `Lista oczekujących: ${names}`,
    registerSessionFull: 'Brak miejsc',
    registerSessionWaitlistOnly: 'Brak miejsc: możesz zapisać się na listę oczekujących',
    registerSessionWaitlistFor: (i: number) => `Lista oczekujących od uczestnika ${n(i)}`,
    registerSessionOverlaps: (names: string) => `Pokrywa się z: ${names}`,
    registerWaitlistNotice:
      'Na to wydarzenie nie ma już miejsc. Możesz zapisać się na listę oczekujących: organizator da Ci znać, gdy zwolni się miejsce.',
    registerPartialWaitlist: (places: number) =>
      p(places, {
        one: `Zostało tylko ${n(places)} miejsce: kolejne osoby trafią na listę oczekujących.`,
        few: `Zostały tylko ${n(places)} miejsca: kolejne osoby trafią na listę oczekujących.`,
        many: `Zostało tylko ${n(places)} miejsc: kolejne osoby trafią na listę oczekujących.`,
        other: `Zostało tylko ${n(places)} miejsca: kolejne osoby trafią na listę oczekujących.`,
      }),
    registerAutoRegister: 'Zarejestruj mnie automatycznie, gdy zwolni się miejsce',
    registerAutoRegisterHint: 'W przeciwnym razie otrzymasz zaproszenie i potwierdzisz sam.',
    registerSubmit: 'Zarejestruj się',
    registerSubmitWaitlist: 'Zapisz się na listę oczekujących',
    registerSubmitPay: 'Przejdź do płatności',
    registerSending: 'Wysyłanie zgłoszenia…',
    registerWaiting: (s: number) =>
      `W tej chwili rejestruje się bardzo dużo osób. Ponowne wysłanie za ${n(s)} ${p(s, { one: 'sekundę', few: 'sekundy', many: 'sekund', other: 'sekundy' })}; nie musisz niczego wpisywać od nowa.`,
    registerOutcomeUnknown:
      'Połączenie zostało przerwane przed nadejściem odpowiedzi, więc nie wiemy, czy zgłoszenie dotarło. ' +
      'Spróbuj ponownie: jeśli dotarło, zostanie potwierdzone, a nie zarejestrowane dwa razy.',
    registerNowWaitlist: 'Ostatnie miejsca właśnie się skończyły: to zgłoszenie trafi na listę oczekujących.',
    // ── <evt-register>: waits, answers already received, bodies too large (issue 11) ──
    registerWaitLong: (seconds: number) => {
      const minutes = Math.ceil(seconds / 60);
      const span =
        seconds < 90
          ? `${n(seconds)} ${p(seconds, { one: 'sekundę', few: 'sekundy', many: 'sekund', other: 'sekundy' })}`
          : `${n(minutes)} ${p(minutes, { one: 'minutę', few: 'minuty', many: 'minut', other: 'minuty' })}`;
      return `W tej chwili rejestruje się zbyt wiele osób: serwis wydarzeń prosi o ponowną próbę za ${span}. Jeśli ta strona pozostanie otwarta, zgłoszenie zostanie wtedy wysłane ponownie, a wszystko, co wpisano, zostanie zachowane.`;
    },
    registerTryNow: 'Spróbuj teraz',
    registerAlreadyReceivedHeading: 'Twoje zgłoszenie zostało już przyjęte',
    registerAlreadyReceivedNote: 'Serwis wydarzeń miał już to zgłoszenie, więc nic nie zostało zarejestrowane dwa razy.',
    registerAlreadyNamed: (names: string, count: number) =>
      p(count, {
        one: `Osoba ${names} jest już zarejestrowana na to wydarzenie, dlatego nikt z tego zgłoszenia nie został zarejestrowany. Usuń tę osobę i wyślij zgłoszenie ponownie.`,
        few: `Osoby ${names} są już zarejestrowane na to wydarzenie, dlatego nikt z tego zgłoszenia nie został zarejestrowany. Usuń te osoby i wyślij zgłoszenie ponownie.`,
        many: `Osoby ${names} są już zarejestrowane na to wydarzenie, dlatego nikt z tego zgłoszenia nie został zarejestrowany. Usuń te osoby i wyślij zgłoszenie ponownie.`,
        other: `Osoby ${names} są już zarejestrowane na to wydarzenie, dlatego nikt z tego zgłoszenia nie został zarejestrowany. Usuń te osoby i wyślij zgłoszenie ponownie.`,
      }),
    registerAlreadyUnnamed: (sent: string) =>
      `Serwis wydarzeń podaje, że ktoś z tego zgłoszenia jest już zarejestrowany na to wydarzenie, ale nie wskazuje kto. Zgłoszenie dotyczyło: ${sent}. Jeśli wysłano je przed chwilą, mogło już dotrzeć: zanim wyślesz je ponownie, sprawdź, czy przyszedł e-mail z potwierdzeniem.`,
    registerTooLarge: (field: string) => `Odpowiedzi są zbyt długie, aby je wysłać. Skróć pole „${field}” i wyślij zgłoszenie ponownie.`,
    registerRefusedField: (field: string) => `Serwis wydarzeń nie przyjął pola „${field}”. Sprawdź je i wyślij ponownie.`,
    registerErrorSummary: 'Wystąpił problem',
    registerErrorPrefix: 'Błąd:',
    registerRequiredGroup: 'wymagane',
    registerPartSeparator: ', ',
    registerErrorIn: (where: string, message: string) => `${where}: ${message}`,
    registerErrRequired: (label: string) => `Uzupełnij pole „${label}”.`,
    registerErrTooLong: (label: string, max: number) =>
      `Pole „${label}” może mieć najwyżej ${n(max)} ${p(max, { one: 'znak', few: 'znaki', many: 'znaków', other: 'znaku' })}.`,
    registerErrEmail: 'Wpisz adres e-mail w formacie nazwa@example.com.',
    registerErrEmailTwice: 'Ten adres e-mail jest już używany przez innego uczestnika tego zgłoszenia.',
    registerErrCharacter: (label: string, character: string) => `Pole „${label}” nie może zawierać znaku ${character}. Usuń go i spróbuj ponownie.`,
    registerErrLetter: (label: string) => `Pole „${label}” musi zawierać co najmniej jedną literę.`,
    registerErrChoose: (label: string) => `Wybierz odpowiedź na pytanie „${label}”.`,
    registerErrAnswer: (label: string) => `Odpowiedz na pytanie „${label}”.`,
    registerErrPass: 'Wybierz bilet.',
    registerErrPassLimit: (pass: string, left: number) =>
      left
        ? p(left, {
            one: `Został tylko ${n(left)} bilet „${pass}”: wybierz inny bilet.`,
            few: `Zostały tylko ${n(left)} bilety „${pass}”: wybierz inny bilet.`,
            many: `Zostało tylko ${n(left)} biletów „${pass}”: wybierz inny bilet.`,
            other: `Zostało tylko ${n(left)} biletu „${pass}”: wybierz inny bilet.`,
          })
        : `Bilety „${pass}” są wyprzedane: wybierz inny bilet.`,
    registerErrSessionFull: (session: string, left: number) =>
      left
        ? p(left, {
            one: `W sesji „${session}” zostało tylko ${n(left)} miejsce.`,
            few: `W sesji „${session}” zostały tylko ${n(left)} miejsca.`,
            many: `W sesji „${session}” zostało tylko ${n(left)} miejsc.`,
            other: `W sesji „${session}” zostało tylko ${n(left)} miejsca.`,
          })
        : `W sesji „${session}” nie ma już miejsc.`,
    registerClosed: 'Rejestracja na to wydarzenie jest zamknięta.',
    registerEnded: 'To wydarzenie już się zakończyło.',
    registerSoldOut: 'Na to wydarzenie nie ma już miejsc.',
    registerSignIn:
      'Na to wydarzenie mogą się rejestrować tylko zalogowani użytkownicy, a na tej stronie nie można się zalogować. Zarejestruj się na stronie wydarzenia prowadzonej przez organizatora.',
    registerCaptchaMissing:
      'To wydarzenie wymaga weryfikacji bezpieczeństwa, której ta strona nie może wyświetlić. Zarejestruj się na stronie wydarzenia prowadzonej przez organizatora.',
    registerCaptchaFailed: 'Nie udało się ukończyć weryfikacji bezpieczeństwa. Spróbuj ponownie.',
    registerFailed: 'Nie udało się wysłać zgłoszenia. Spróbuj ponownie.',
    registerBusy: 'W tej chwili rejestruje się zbyt wiele osób. Spróbuj ponownie za minutę; wszystko, co wpisano, zostanie zachowane.',
    registerSuccessHeading: 'Rejestracja zakończona',
    registerSuccessWaitlistHeading: 'Jesteś na liście oczekujących',
    registerSuccessMixedHeading: 'Zgłoszenie przyjęte',
    registerSuccessFor: (event: string, when: string) => (when ? `${event}, ${when}` : event),
    registerSuccessNote: 'Wkrótce otrzymasz e-mail z potwierdzeniem.',
    registerStatusRegistered: 'Zarejestrowano',
    registerStatusWaitlisted: 'Na liście oczekujących',
    registerAnother: 'Zarejestruj inną osobę',
    registerPaymentHeading: 'Płatność',
    registerPaymentPending: 'Twoje miejsca są zarezerwowane. Rejestracja zostanie zakończona po dokonaniu płatności.',
    registerPaymentGoing: 'Przechodzimy do strony płatności…',
    registerRedirectInvalid: 'Nie udało się otworzyć strony płatności. Skontaktuj się z organizatorem.',
    registerErrors: {
      RegistrationFailed: 'Nie udało się dokończyć rejestracji. Sprawdź dane i spróbuj ponownie.',
      EventNotFound: 'Nie znaleziono tego wydarzenia. Mogło zostać przeniesione lub wycofane.',
      EventNotLive: 'Rejestracja na to wydarzenie nie jest otwarta.',
      SessionNotLive: 'Rejestracja na jedną z wybranych sesji nie jest otwarta. Usuń ją i spróbuj ponownie.',
      MaximumCapacityReached: 'Właśnie skończyły się miejsca. Formularz proponuje teraz listę oczekujących: sprawdź go i wyślij ponownie.',
      MaximumNoAttendeesReached: 'Na to wydarzenie nie ma już miejsc.',
      MaximumSessionCapacityReached: 'W jednej z wybranych sesji właśnie skończyły się miejsca. Wybierz inną sesję lub ją usuń.',
      SessionFullyBooked: 'Jedna z wybranych sesji nie ma już miejsc. Wybierz inną sesję lub ją usuń.',
      AlreadyRegistered:
        'Ktoś z tego zgłoszenia jest już zarejestrowany na to wydarzenie z tym samym adresem e-mail. Jeśli to Ty, nic więcej nie trzeba robić: potwierdzenie zostało wysłane przy rejestracji.',
      AnonymousRegistrationNotAllowed: 'Aby zarejestrować się na to wydarzenie, musisz się zalogować.',
      MultiAttendeeRegistrationNotEnabled: 'Na to wydarzenie jedno zgłoszenie obejmuje jedną osobę. Zarejestruj każdą osobę osobno.',
      TooManyAttendees: 'Jednorazowo można zarejestrować najwyżej 50 osób. Podziel zgłoszenie.',
      WaitlistRegistrationNotAllowedErrorMessage: 'Nie ma już wolnych miejsc, a to wydarzenie nie ma listy oczekujących.',
      RequiredRegistrationFieldMissing: 'Brakuje odpowiedzi na obowiązkowe pytanie. Sprawdź formularz i wyślij go ponownie.',
      InvalidValueForRequiredRegistrationField: 'Odpowiedź na obowiązkowe pytanie jest nieprawidłowa. Sprawdź formularz i wyślij go ponownie.',
      AttendeePassIdNotValid: 'Wybrany bilet nie jest już dostępny. Wybierz inny bilet.',
      AttendeeSessionIdNotValid: 'Wybrana sesja nie jest już dostępna. Usuń ją i spróbuj ponownie.',
      InsufficentNumberOfPasses: 'Nie ma już biletów dla wszystkich. Wybierz inny bilet lub zarejestruj mniej osób.',
      FinalizationNotAllowed: 'Weryfikacja bezpieczeństwa się nie zgadza. Spróbuj ponownie.',
      FinalizationNotEnabled: 'Płatności za to wydarzenie nie można zrealizować online. Skontaktuj się z organizatorem.',
      FinalizationAfterTimeLimit: 'Czas na dokonanie płatności minął. Zarejestruj się ponownie.',
      RequestTimedOut: 'Przetwarzanie zgłoszenia trwało zbyt długo. Spróbuj ponownie.',
    },
  };
}
