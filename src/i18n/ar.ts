/**
 * العربية: the texts of an Arabic event page (Modern Standard Arabic). Arabic counts with six forms
 * (`zero`, `one`, `two`, `few` 3–10, `many` 11–99, `other` 100+ of `Intl.PluralRules('ar')`), and
 * "one" and "two" are said without the digit ("مقعد واحد", "مقعدان"), so each counted text is one
 * whole sentence per form. Numbers follow `Intl.NumberFormat` of the page's Arabic locale (Arabic-
 * Indic digits for `ar`, Latin ones for `ar-MA`). Written right to left: the element sets
 * `dir="rtl"` on its root. Imports nothing at run time (see ./index.ts).
 */
import type { Messages } from './en.js';

type Forms = { zero: string; one: string; two: string; few: string; many: string; other: string };

export default function ar(locale: string): Partial<Messages> {
  const nf = new Intl.NumberFormat(locale);
  const n = (v: number) => nf.format(v);
  const pr = new Intl.PluralRules('ar');
  const p = (v: number, f: Forms) => f[pr.select(v) as keyof Forms] ?? f.other;
  const secondsText = (s: number) =>
    p(s, { zero: `${n(s)} ثانية`, one: 'ثانية واحدة', two: 'ثانيتين', few: `${n(s)} ثوانٍ`, many: `${n(s)} ثانية`, other: `${n(s)} ثانية` });
  const minutesText = (m: number) =>
    p(m, { zero: `${n(m)} دقيقة`, one: 'دقيقة واحدة', two: 'دقيقتين', few: `${n(m)} دقائق`, many: `${n(m)} دقيقة`, other: `${n(m)} دقيقة` });
  return {
    // ── shared ────────────────────────────────────────────────────────────────
    loading: 'جارٍ التحميل…',
    retry: 'إعادة المحاولة',
    configError: 'يتعذّر عرض الفعاليات هنا حاليًا.',
    networkError: 'تعذّر تحميل الفعاليات. تحقّق من اتصالك ثم أعد المحاولة.',
    serverError: 'خدمة الفعاليات لا تستجيب حاليًا. يُرجى إعادة المحاولة بعد قليل.',
    rateLimited: (s: number) =>
      s < 90
        ? `خدمة الفعاليات مشغولة. ستُعاد المحاولة بعد ${secondsText(s)}…`
        : `خدمة الفعاليات مشغولة. ستُعاد المحاولة بعد ${minutesText(Math.ceil(s / 60))}…`,
    notFound: 'تعذّر العثور على هذه الفعالية. ربما نُقلت أو أُلغي نشرها.',
    online: 'عبر الإنترنت',
    hybrid: 'عبر الإنترنت وحضوريًا',
    placesLeft: (v: number) =>
      p(v, {
        zero: 'لم يتبقَّ أي مقعد',
        one: 'تبقّى مقعد واحد',
        two: 'تبقّى مقعدان',
        few: `تبقّت ${n(v)} مقاعد`,
        many: `تبقّى ${n(v)} مقعدًا`,
        other: `تبقّى ${n(v)} مقعد`,
      }),
    waitlist: 'قائمة الانتظار',
    soldOut: 'نفدت المقاعد',
    registrationClosed: 'التسجيل مغلق',
    free: 'مجانًا',
    addToCalendar: 'إضافة إلى التقويم',
    addSessionToCalendar: (name: string) => `إضافة «${name}» إلى التقويم`,
    eventTypes: {
      100000001: 'إحاطة تنفيذية',
      100000002: 'مؤتمر',
      100000003: 'عرض توضيحي',
      100000004: 'تدريب',
      100000005: 'بث عبر الويب',
    },
    eventFormats: { 100000001: 'حضوري', 100000002: 'ندوة عبر الإنترنت', 100000003: 'مختلط' },
    sessionTypes: {
      100000000: 'مختبر تطبيقي',
      100000001: 'كلمة رئيسية',
      100000002: 'عامة',
      100000003: 'عصف ذهني',
      100000004: 'جلسة فرعية',
      100000005: 'تدريب',
    },
    // ── <evt-list> ───────────────────────────────────────────────────────────
    listLabel: 'الفعاليات',
    listLoading: 'جارٍ تحميل الفعاليات…',
    listSearchLabel: 'البحث في الفعاليات',
    listSearchPlaceholder: 'الاسم أو المكان أو الموضوع',
    listTypeLabel: 'نوع الفعالية',
    listAllTypes: 'كل الأنواع',
    listFormatLabel: 'الشكل',
    listAllFormats: 'كل الأشكال',
    listEmpty: 'لا توجد فعاليات قادمة حاليًا.',
    listEmptyWithPast: 'لا توجد فعاليات حاليًا.',
    listNoMatch: (query: string) => (query ? `لا توجد فعاليات تطابق «${query}».` : 'لا توجد فعاليات تطابق عوامل التصفية هذه.'),
    listClearFilters: 'مسح البحث وعوامل التصفية',
    listShowMore: 'عرض المزيد',
    listShowing: (shown: number, total: number) =>
      p(total, {
        zero: `عرض ${n(shown)} من أصل ${n(total)} فعالية`,
        one: `عرض ${n(shown)} من أصل فعالية واحدة`,
        two: `عرض ${n(shown)} من أصل فعاليتين`,
        few: `عرض ${n(shown)} من أصل ${n(total)} فعاليات`,
        many: `عرض ${n(shown)} من أصل ${n(total)} فعالية`,
        other: `عرض ${n(shown)} من أصل ${n(total)} فعالية`,
      }),
    listFound: (total: number) =>
      p(total, {
        zero: 'لم يُعثر على أي فعالية',
        one: 'تم العثور على فعالية واحدة',
        two: 'تم العثور على فعاليتين',
        few: `تم العثور على ${n(total)} فعاليات`,
        many: `تم العثور على ${n(total)} فعالية`,
        other: `تم العثور على ${n(total)} فعالية`,
      }),
    listPast: 'فعالية منتهية',
    listHybridPlace: (place: string) => `${place} وعبر الإنترنت`,
    // ── <evt-detail> ─────────────────────────────────────────────────────────
    detailNoEvent: 'لم يتم اختيار أي فعالية.',
    detailChooseEvent: 'اختر فعالية لعرض تفاصيلها هنا.',
    detailRegister: 'التسجيل',
    detailJoinWaitlist: 'الانضمام إلى قائمة الانتظار',
    detailEventEnded: 'انتهت هذه الفعالية.',
    detailCapacity: (max: number) =>
      p(max, { zero: `${n(max)} مقعد`, one: 'مقعد واحد', two: 'مقعدان', few: `${n(max)} مقاعد`, many: `${n(max)} مقعدًا`, other: `${n(max)} مقعد` }),
    detailFullyBooked: 'محجوزة بالكامل',
    detailAboutEvent: 'عن الفعالية',
    detailVenue: 'المكان',
    detailFacilities: 'المرافق',
    detailFacilityStepFree: 'مدخل بلا درج',
    detailFacilityToilets: 'دورات مياه مهيّأة لذوي الإعاقة',
    detailFacilityParking: 'مواقف سيارات لذوي الإعاقة',
    detailFacilityWifi: 'شبكة واي فاي',
    detailFacilityWifiNetwork: (ssid: string) => `شبكة واي فاي («${ssid}»)`,
    detailFacilityTelephone: 'هاتف عمومي',
    detailAgenda: 'جدول الأعمال',
    detailTrackFilter: 'المسار',
    detailAllTracks: 'كل المسارات',
    detailSessionsShown: (v: number) =>
      p(v, {
        zero: 'لا توجد جلسات معروضة',
        one: 'عرض جلسة واحدة',
        two: 'عرض جلستين',
        few: `عرض ${n(v)} جلسات`,
        many: `عرض ${n(v)} جلسة`,
        other: `عرض ${n(v)} جلسة`,
      }),
    detailTimeToBeAnnounced: 'سيُعلن الموعد لاحقًا',
    detailSessionFull: 'مكتملة',
    detailSessionWith: (names: string) => `يقدّمها ${names}`,
    detailSessionMore: 'المزيد عن هذه الجلسة',
    detailSpeakers: 'المتحدثون',
    detailSpeakerWebsite: 'الموقع الإلكتروني',
    detailSpeakerBlog: 'المدونة',
    detailSpeakerLinkedIn: 'LinkedIn',
    detailSpeakerTwitter: 'X (تويتر)',
    detailSpeakerSessions: (sessions: string) => `يتحدث في: ${sessions}`,
    detailSponsors: 'الرعاة',
    detailSponsorPlaceholder: 'راعٍ',
    detailPasses: 'التذاكر',
    detailPassesLeft: (v: number) => `المتبقي: ${n(v)}`,
    detailQrCode: 'رمز QR للفعالية',
    detailQrAlt: (name: string) => `رمز QR يفتح صفحة «${name}»`,
    detailQrHint: 'امسحه بكاميرا الهاتف لفتح هذه الفعالية.',
    detailSectionFailed: (what: string) => `تعذّر تحميل «${what}».`,
    // ── <evt-register> ───────────────────────────────────────────────────────
    registerHeading: 'التسجيل',
    registerWaitlistHeading: 'الانضمام إلى قائمة الانتظار',
    registerRequiredNote: 'الحقول المميّزة بـ * مطلوبة.',
    registerAttendee: (i: number) => `المشارك ${n(i)}`,
    registerYourDetails: 'بياناتك',
    registerAttendeeWaitlisted: (i: number) => `المشارك ${n(i)} (قائمة الانتظار)`,
    registerFirstName: 'الاسم الأول',
    registerLastName: 'اسم العائلة',
    registerEmail: 'البريد الإلكتروني',
    registerEmailHint: 'سيُرسل التأكيد إلى هذا العنوان.',
    registerAddAttendee: 'إضافة مشارك آخر',
    registerRemoveAttendee: (i: number) => `إزالة المشارك ${n(i)}`,
    registerAttendeeAdded: (i: number) => `تمت إضافة المشارك ${n(i)}.`,
    registerAttendeeRemoved: (i: number) => `تمت إزالة المشارك ${n(i)}.`,
    registerMaxAttendees: (max: number) =>
      p(max, {
        zero: `الحد الأقصى ${n(max)} مشارك في كل تسجيل.`,
        one: 'مشارك واحد كحدّ أقصى في كل تسجيل.',
        two: 'مشاركان كحدّ أقصى في كل تسجيل.',
        few: `${n(max)} مشاركين كحدّ أقصى في كل تسجيل.`,
        many: `${n(max)} مشاركًا كحدّ أقصى في كل تسجيل.`,
        other: `${n(max)} مشارك كحدّ أقصى في كل تسجيل.`,
      }),
    registerYes: 'نعم',
    registerNo: 'لا',
    registerSelectPrompt: 'اختر…',
    registerPass: 'التذكرة',
    registerPassesLeft: (v: number) => `المتبقي: ${n(v)}`,
    registerTotal: (price: string) => `الإجمالي: ${price}`,
    registerTotalHint: 'يتم الدفع في الصفحة التالية.',
    registerSessions: 'الجلسات',
    registerSessionsHint: 'اختر الجلسات التي ستحضرها. يحضر جميع المشاركين في هذا التسجيل الجلسات المختارة.',
    registerSessionsUndated: 'سيُعلن الموعد لاحقًا',
    registerSessionWaitlistedFor: (names: string) => `قائمة الانتظار: ${names}`,
    registerSessionFull: 'مكتملة',
    registerSessionWaitlistOnly: 'مكتملة: يمكنك الانضمام إلى قائمة انتظارها',
    registerSessionWaitlistFor: (i: number) => `قائمة الانتظار بدءًا من المشارك ${n(i)}`,
    registerSessionOverlaps: (names: string) => `تتعارض مع ${names}`,
    registerWaitlistNotice: 'اكتملت المقاعد في هذه الفعالية. يمكنك الانضمام إلى قائمة الانتظار، وسيُبلغك المنظّم عندما يتوفر مقعد.',
    registerPartialWaitlist: (places: number) =>
      p(places, {
        zero: 'لم يتبقَّ أي مقعد: سينضم المشاركون إلى قائمة الانتظار.',
        one: 'لم يتبقَّ سوى مقعد واحد: سينضم باقي المشاركين إلى قائمة الانتظار.',
        two: 'لم يتبقَّ سوى مقعدين: سينضم باقي المشاركين إلى قائمة الانتظار.',
        few: `لم يتبقَّ سوى ${n(places)} مقاعد: سينضم باقي المشاركين إلى قائمة الانتظار.`,
        many: `لم يتبقَّ سوى ${n(places)} مقعدًا: سينضم باقي المشاركين إلى قائمة الانتظار.`,
        other: `لم يتبقَّ سوى ${n(places)} مقعد: سينضم باقي المشاركين إلى قائمة الانتظار.`,
      }),
    registerAutoRegister: 'سجّلني تلقائيًا عندما يتوفر مقعد',
    registerAutoRegisterHint: 'بدون ذلك، ستصلك دعوة وتؤكد التسجيل بنفسك.',
    registerSubmit: 'تسجيل',
    registerSubmitWaitlist: 'الانضمام إلى قائمة الانتظار',
    registerSubmitPay: 'المتابعة إلى الدفع',
    registerSending: 'جارٍ إرسال تسجيلك…',
    registerWaiting: (s: number) => `يسجّل عدد كبير من الأشخاص الآن. ستُعاد المحاولة بعد ${secondsText(s)}، ولا حاجة لإعادة كتابة أي شيء.`,
    registerOutcomeUnknown:
      'انقطع الاتصال قبل وصول الرد، لذا لا نعرف إن كان التسجيل قد تم. ' +
      'أعد المحاولة: إن كان قد تم، فسيُؤكَّد دون أن يُسجَّل مرتين.',
    registerNowWaitlist: 'حُجزت آخر المقاعد للتو: سينتقل هذا التسجيل إلى قائمة الانتظار.',
    // ── <evt-register>: waits, answers already received, bodies too large (issue 11) ──
    registerWaitLong: (seconds: number) => {
      const minutes = Math.ceil(seconds / 60);
      const span = seconds < 90 ? secondsText(seconds) : minutesText(minutes);
      return `يسجّل عدد كبير جدًا من الأشخاص الآن: تطلب خدمة الفعاليات الانتظار ${span}. سيُعاد إرسال تسجيلك عندها إذا بقيت هذه الصفحة مفتوحة، وكل ما كتبته محفوظ.`;
    },
    registerTryNow: 'المحاولة الآن',
    registerAlreadyReceivedHeading: 'تم استلام تسجيلك مسبقًا',
    registerAlreadyReceivedNote: 'كان هذا التسجيل قد وصل إلى خدمة الفعاليات من قبل، لذا لم يُسجَّل شيء مرتين.',
    registerAlreadyNamed: (names: string, count: number) =>
      p(count, {
        zero: `${names} مسجّلون بالفعل في هذه الفعالية، لذا لم يُسجَّل أحد من هذا التسجيل. أزِل هؤلاء المشاركين ثم أرسل التسجيل مجددًا.`,
        one: `${names} مسجّل بالفعل في هذه الفعالية، لذا لم يُسجَّل أحد من هذا التسجيل. أزِل هذا المشارك ثم أرسل التسجيل مجددًا.`,
        two: `${names} مسجّلان بالفعل في هذه الفعالية، لذا لم يُسجَّل أحد من هذا التسجيل. أزِل هذين المشاركَين ثم أرسل التسجيل مجددًا.`,
        few: `${names} مسجّلون بالفعل في هذه الفعالية، لذا لم يُسجَّل أحد من هذا التسجيل. أزِل هؤلاء المشاركين ثم أرسل التسجيل مجددًا.`,
        many: `${names} مسجّلون بالفعل في هذه الفعالية، لذا لم يُسجَّل أحد من هذا التسجيل. أزِل هؤلاء المشاركين ثم أرسل التسجيل مجددًا.`,
        other: `${names} مسجّلون بالفعل في هذه الفعالية، لذا لم يُسجَّل أحد من هذا التسجيل. أزِل هؤلاء المشاركين ثم أرسل التسجيل مجددًا.`,
      }),
    registerAlreadyUnnamed: (sent: string) =>
      `تفيد خدمة الفعاليات بأن أحد الأشخاص في هذا التسجيل مسجّل بالفعل في هذه الفعالية، دون أن تحدّد من هو. شمل هذا التسجيل: ${sent}. إن كنت قد أرسلته قبل لحظات، فربما تم بالفعل: تحقّق من وصول رسالة تأكيد بالبريد الإلكتروني قبل إرساله مجددًا.`,
    registerTooLarge: (field: string) => `الإجابات أطول من أن تُرسَل. اختصر «${field}» ثم أرسل التسجيل مجددًا.`,
    registerRefusedField: (field: string) => `لم تقبل خدمة الفعاليات «${field}». تحقّق منه ثم أرسل مرة أخرى.`,
    registerErrorSummary: 'هناك مشكلة',
    registerErrorPrefix: 'خطأ:',
    registerRequiredGroup: 'مطلوب',
    registerPartSeparator: '، ',
    registerErrorIn: (where: string, message: string) => `${where}: ${message}`,
    registerErrRequired: (label: string) => `يُرجى تعبئة حقل «${label}».`,
    registerErrTooLong: (label: string, max: number) =>
      p(max, {
        zero: `يجب ألّا يتجاوز «${label}» ${n(max)} حرف.`,
        one: `يجب ألّا يتجاوز «${label}» حرفًا واحدًا.`,
        two: `يجب ألّا يتجاوز «${label}» حرفين.`,
        few: `يجب ألّا يتجاوز «${label}» ${n(max)} أحرف.`,
        many: `يجب ألّا يتجاوز «${label}» ${n(max)} حرفًا.`,
        other: `يجب ألّا يتجاوز «${label}» ${n(max)} حرف.`,
      }),
    registerErrEmail: 'أدخل عنوان بريد إلكتروني مثل name@example.com.',
    registerErrEmailTwice: 'يستخدم مشارك آخر في هذا التسجيل عنوان البريد الإلكتروني هذا بالفعل.',
    registerErrCharacter: (label: string, character: string) => `لا يمكن أن يحتوي حقل «${label}» على ${character}. احذفه وحاول مرة أخرى.`,
    registerErrLetter: (label: string) => `يجب أن يحتوي حقل «${label}» على حرف واحد على الأقل.`,
    registerErrChoose: (label: string) => `اختر إجابة عن «${label}».`,
    registerErrAnswer: (label: string) => `أجب عن «${label}».`,
    registerErrPass: 'اختر تذكرة.',
    registerErrPassLimit: (pass: string, left: number) =>
      left
        ? p(left, {
            zero: `نفدت تذاكر «${pass}»: اختر تذكرة أخرى.`,
            one: `لم تتبقَّ سوى تذكرة واحدة من «${pass}»: اختر تذكرة أخرى.`,
            two: `لم تتبقَّ سوى تذكرتين من «${pass}»: اختر تذكرة أخرى.`,
            few: `لم تتبقَّ سوى ${n(left)} تذاكر من «${pass}»: اختر تذكرة أخرى.`,
            many: `لم تتبقَّ سوى ${n(left)} تذكرة من «${pass}»: اختر تذكرة أخرى.`,
            other: `لم تتبقَّ سوى ${n(left)} تذكرة من «${pass}»: اختر تذكرة أخرى.`,
          })
        : `نفدت تذاكر «${pass}»: اختر تذكرة أخرى.`,
    registerErrSessionFull: (session: string, left: number) =>
      left
        ? p(left, {
            zero: `اكتملت «${session}».`,
            one: `لم يتبقَّ سوى مقعد واحد في «${session}».`,
            two: `لم يتبقَّ سوى مقعدين في «${session}».`,
            few: `لم يتبقَّ سوى ${n(left)} مقاعد في «${session}».`,
            many: `لم يتبقَّ سوى ${n(left)} مقعدًا في «${session}».`,
            other: `لم يتبقَّ سوى ${n(left)} مقعد في «${session}».`,
          })
        : `اكتملت «${session}».`,
    registerClosed: 'التسجيل في هذه الفعالية مغلق.',
    registerEnded: 'انتهت هذه الفعالية.',
    registerSoldOut: 'نفدت مقاعد هذه الفعالية.',
    registerSignIn:
      'التسجيل في هذه الفعالية متاح للزوار المسجّلين دخولهم فقط، وتسجيل الدخول غير متاح في هذه الصفحة. يُرجى التسجيل عبر موقع الفعالية الخاص بالمنظّم.',
    registerCaptchaMissing:
      'تتطلب هذه الفعالية تحققًا أمنيًا لا تستطيع هذه الصفحة عرضه. يُرجى التسجيل عبر موقع الفعالية الخاص بالمنظّم.',
    registerCaptchaFailed: 'تعذّر إكمال التحقق الأمني. يُرجى إعادة المحاولة.',
    registerFailed: 'تعذّر إرسال التسجيل. يُرجى إعادة المحاولة.',
    registerBusy: 'يسجّل عدد كبير جدًا من الأشخاص الآن. أعد المحاولة بعد دقيقة؛ كل ما كتبته محفوظ.',
    registerSuccessHeading: 'تم تسجيلك',
    registerSuccessWaitlistHeading: 'أنت في قائمة الانتظار',
    registerSuccessMixedHeading: 'تم استلام التسجيل',
    registerSuccessFor: (event: string, when: string) => (when ? `${event}، ${when}` : event),
    registerSuccessNote: 'ستصلك رسالة تأكيد بالبريد الإلكتروني.',
    registerStatusRegistered: 'مسجّل',
    registerStatusWaitlisted: 'في قائمة الانتظار',
    registerAnother: 'تسجيل شخص آخر',
    registerPaymentHeading: 'الدفع',
    registerPaymentPending: 'تم حجز مقاعدك. يكتمل التسجيل بعد إتمام الدفع.',
    registerPaymentGoing: 'جارٍ نقلك إلى صفحة الدفع…',
    registerRedirectInvalid: 'تعذّر فتح صفحة الدفع. يُرجى التواصل مع المنظّم.',
    registerErrors: {
      RegistrationFailed: 'تعذّر إكمال التسجيل. تحقّق من البيانات ثم أعد المحاولة.',
      EventNotFound: 'تعذّر العثور على هذه الفعالية. ربما نُقلت أو أُلغي نشرها.',
      EventNotLive: 'التسجيل في هذه الفعالية غير مفتوح.',
      SessionNotLive: 'التسجيل في إحدى الجلسات المختارة غير مفتوح. أزِلها ثم أعد المحاولة.',
      MaximumCapacityReached: 'اكتملت مقاعد الفعالية للتو. يعرض النموذج الآن قائمة الانتظار: راجِعه ثم أرسله مجددًا.',
      MaximumNoAttendeesReached: 'نفدت مقاعد هذه الفعالية.',
      MaximumSessionCapacityReached: 'اكتملت إحدى الجلسات المختارة للتو. اختر جلسة أخرى أو أزِلها.',
      SessionFullyBooked: 'إحدى الجلسات المختارة محجوزة بالكامل. اختر جلسة أخرى أو أزِلها.',
      AlreadyRegistered:
        'أحد الأشخاص في هذا التسجيل مسجّل بالفعل في هذه الفعالية بعنوان البريد الإلكتروني نفسه. إن كان هذا أنت، فلا حاجة لأي إجراء آخر: أُرسل التأكيد عند تسجيلك.',
      AnonymousRegistrationNotAllowed: 'يجب تسجيل الدخول للتسجيل في هذه الفعالية.',
      MultiAttendeeRegistrationNotEnabled: 'تقبل هذه الفعالية مشاركًا واحدًا في كل تسجيل. يُرجى تسجيل كل شخص على حدة.',
      TooManyAttendees: 'يمكن تسجيل 50 مشاركًا كحدّ أقصى في المرة الواحدة. يُرجى تقسيم التسجيل.',
      WaitlistRegistrationNotAllowedErrorMessage: 'لم تتبقَّ أي مقاعد، ولا توجد قائمة انتظار لهذه الفعالية.',
      RequiredRegistrationFieldMissing: 'لم تتم الإجابة عن سؤال مطلوب. راجِع النموذج ثم أرسله مجددًا.',
      InvalidValueForRequiredRegistrationField: 'إجابة أحد الأسئلة المطلوبة غير صالحة. راجِع النموذج ثم أرسله مجددًا.',
      AttendeePassIdNotValid: 'إحدى التذاكر المختارة لم تعد متاحة. اختر تذكرة أخرى.',
      AttendeeSessionIdNotValid: 'إحدى الجلسات المختارة لم تعد متاحة. أزِلها ثم أعد المحاولة.',
      InsufficentNumberOfPasses: 'لا تكفي التذاكر المتبقية للجميع. اختر تذكرة أخرى أو سجّل عددًا أقل من الأشخاص.',
      FinalizationNotAllowed: 'لم يتطابق التحقق الأمني. يُرجى إعادة المحاولة.',
      FinalizationNotEnabled: 'لا يمكن إتمام الدفع لهذه الفعالية عبر الإنترنت. يُرجى التواصل مع المنظّم.',
      FinalizationAfterTimeLimit: 'انتهت مهلة إتمام الدفع. يُرجى التسجيل مرة أخرى.',
      RequestTimedOut: 'استغرقت معالجة التسجيل وقتًا طويلًا. يُرجى إعادة المحاولة.',
    },
  };
}
