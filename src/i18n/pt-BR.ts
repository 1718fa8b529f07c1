/**
 * Português (Brasil): the texts of a Brazilian event page ("você"). Also shown for pt-PT, the
 * closest language the widgets have (dates and numbers still follow pt-PT). Imports nothing at run
 * time (see ./index.ts).
 */
import type { Messages } from './en.js';

export default function ptBR(locale: string): Partial<Messages> {
  const nf = new Intl.NumberFormat(locale);
  const n = (v: number) => nf.format(v);
  const pr = new Intl.PluralRules('pt-BR');
  const one = (v: number) => pr.select(v) === 'one';
  return {
    // ── shared ────────────────────────────────────────────────────────────────
    loading: 'Carregando…',
    retry: 'Tentar novamente',
    configError: 'Não é possível mostrar os eventos aqui no momento.',
    networkError: 'Não foi possível carregar os eventos. Verifique sua conexão e tente novamente.',
    serverError: 'O serviço de eventos não está respondendo agora. Tente novamente em instantes.',
    rateLimited: (s: number) =>
      s < 90
        ? `O serviço de eventos está sobrecarregado. Nova tentativa em ${n(s)} ${one(s) ? 'segundo' : 'segundos'}…`
        : `O serviço de eventos está sobrecarregado. Nova tentativa em ${n(Math.ceil(s / 60))} ${one(Math.ceil(s / 60)) ? 'minuto' : 'minutos'}…`,
    notFound: 'Este evento não foi encontrado. Talvez tenha sido movido ou despublicado.',
    online: 'On-line',
    hybrid: 'On-line e presencial',
    placesLeft: (v: number) => (one(v) ? `Resta ${n(v)} vaga` : `Restam ${n(v)} vagas`),
    waitlist: 'Lista de espera',
    soldOut: 'Esgotado',
    registrationClosed: 'Inscrições encerradas',
    free: 'Gratuito',
    addToCalendar: 'Adicionar à agenda',
    addSessionToCalendar: (name: string) => `Adicionar “${name}” à agenda`,
    eventTypes: {
      100000001: 'Reunião executiva',
      100000002: 'Conferência',
      100000003: 'Demonstração',
      100000004: 'Treinamento',
      100000005: 'Transmissão on-line',
    },
    eventFormats: { 100000001: 'Presencial', 100000002: 'Webinar', 100000003: 'Híbrido' },
    sessionTypes: {
      100000000: 'Laboratório prático',
      100000001: 'Palestra principal',
      100000002: 'Geral',
      100000003: 'Brainstorming',
      100000004: 'Sessão paralela',
      100000005: 'Treinamento',
    },
    // ── <evt-list> ───────────────────────────────────────────────────────────
    listLabel: 'Eventos',
    listLoading: 'Carregando eventos…',
    listSearchLabel: 'Pesquisar eventos',
    listSearchPlaceholder: 'Nome, local ou tema',
    listTypeLabel: 'Tipo de evento',
    listAllTypes: 'Todos os tipos',
    listFormatLabel: 'Formato',
    listAllFormats: 'Todos os formatos',
    listEmpty: 'Não há próximos eventos no momento.',
    listEmptyWithPast: 'Não há eventos no momento.',
    listNoMatch: (query: string) => (query ? `Nenhum evento corresponde a “${query}”.` : 'Nenhum evento corresponde a estes filtros.'),
    listClearFilters: 'Limpar pesquisa e filtros',
    listShowMore: 'Mostrar mais',
    listShowing: (shown: number, total: number) => `Mostrando ${n(shown)} de ${n(total)} ${one(total) ? 'evento' : 'eventos'}`,
    listFound: (total: number) =>
      total ? `${n(total)} ${one(total) ? 'evento encontrado' : 'eventos encontrados'}` : 'Nenhum evento encontrado',
    listPast: 'Evento encerrado',
    listHybridPlace: (place: string) => `${place} e on-line`,
    // ── <evt-detail> ─────────────────────────────────────────────────────────
    detailNoEvent: 'Nenhum evento foi escolhido.',
    detailChooseEvent: 'Escolha um evento para ver os detalhes aqui.',
    detailRegister: 'Inscrever-se',
    detailJoinWaitlist: 'Entrar na lista de espera',
    detailEventEnded: 'Este evento já terminou.',
    detailCapacity: (max: number) => `${n(max)} ${one(max) ? 'vaga' : 'vagas'}`,
    detailFullyBooked: 'Lotado',
    detailAboutEvent: 'Sobre o evento',
    detailVenue: 'Local',
    detailFacilities: 'Infraestrutura',
    detailFacilityStepFree: 'Acesso sem degraus',
    detailFacilityToilets: 'Banheiros acessíveis',
    detailFacilityParking: 'Vagas para pessoas com deficiência',
    detailFacilityWifi: 'Wi-Fi',
    detailFacilityWifiNetwork: (ssid: string) => `Wi-Fi (rede “${ssid}”)`,
    detailFacilityTelephone: 'Telefone público',
    detailAgenda: 'Programação',
    detailTrackFilter: 'Trilha',
    detailAllTracks: 'Todas as trilhas',
    detailSessionsShown: (v: number) => `${n(v)} ${one(v) ? 'sessão exibida' : 'sessões exibidas'}`,
    detailTimeToBeAnnounced: 'Horário a definir',
    detailSessionFull: 'Lotada',
    detailSessionWith: (names: string) => `Com ${names}`,
    detailSessionMore: 'Mais sobre esta sessão',
    detailSpeakers: 'Palestrantes',
    detailSpeakerWebsite: 'Site',
    detailSpeakerBlog: 'Blog',
    detailSpeakerLinkedIn: 'LinkedIn',
    detailSpeakerTwitter: 'X (Twitter)',
    detailSpeakerSessions: (sessions: string) => `Participa de: ${sessions}`,
    detailSponsors: 'Patrocinadores',
    detailSponsorPlaceholder: 'Patrocinador',
    detailPasses: 'Ingressos',
    detailPassesLeft: (v: number) => (one(v) ? `Resta ${n(v)}` : `Restam ${n(v)}`),
    detailQrCode: 'QR code do evento',
    detailQrAlt: (name: string) => `QR code que abre a página de “${name}”`,
    detailQrHint: 'Aponte a câmera do celular para abrir este evento.',
    detailSectionFailed: (what: string) => `Não foi possível carregar “${what}”.`,
    // ── <evt-register> ───────────────────────────────────────────────────────
    registerHeading: 'Inscrição',
    registerWaitlistHeading: 'Entrar na lista de espera',
    registerRequiredNote: 'Os campos marcados com * são obrigatórios.',
    registerAttendee: (i: number) => `Participante ${n(i)}`,
    registerYourDetails: 'Seus dados',
    registerAttendeeWaitlisted: (i: number) => `Participante ${n(i)} (lista de espera)`,
    registerFirstName: 'Nome',
    registerLastName: 'Sobrenome',
    registerEmail: 'E-mail',
    registerEmailHint: 'A confirmação será enviada para este endereço.',
    registerAddAttendee: 'Adicionar outro participante',
    registerRemoveAttendee: (i: number) => `Remover participante ${n(i)}`,
    registerAttendeeAdded: (i: number) => `Participante ${n(i)} adicionado.`,
    registerAttendeeRemoved: (i: number) => `Participante ${n(i)} removido.`,
    registerMaxAttendees: (max: number) => `No máximo ${n(max)} ${one(max) ? 'participante' : 'participantes'} por inscrição.`,
    registerYes: 'Sim',
    registerNo: 'Não',
    registerSelectPrompt: 'Escolha…',
    registerPass: 'Ingresso',
    registerPassesLeft: (v: number) => (one(v) ? `Resta ${n(v)}` : `Restam ${n(v)}`),
    registerTotal: (price: string) => `Total: ${price}`,
    registerTotalHint: 'O pagamento é feito na próxima página.',
    registerSessions: 'Sessões',
    registerSessionsHint: 'Escolha as sessões de que vai participar. Todas as pessoas desta inscrição participam das sessões escolhidas.',
    registerSessionsUndated: 'Horário a definir',
    registerSessionWaitlistedFor: (names: string) => `Lista de espera: ${names}`,
    registerSessionFull: 'Lotada',
    registerSessionWaitlistOnly: 'Lotada: você pode entrar na lista de espera',
    registerSessionWaitlistFor: (i: number) => `Lista de espera a partir do participante ${n(i)}`,
    registerSessionOverlaps: (names: string) => `Coincide com ${names}`,
    registerWaitlistNotice:
      'Este evento está lotado. Você pode entrar na lista de espera: a organização avisa quando uma vaga for liberada.',
    registerPartialWaitlist: (places: number) =>
      one(places)
        ? `Resta só ${n(places)} vaga: os demais participantes entram na lista de espera.`
        : `Restam só ${n(places)} vagas: os demais participantes entram na lista de espera.`,
    registerAutoRegister: 'Fazer minha inscrição automaticamente quando uma vaga for liberada',
    registerAutoRegisterHint: 'Sem isso, você recebe um convite e confirma por conta própria.',
    registerSubmit: 'Inscrever-se',
    registerSubmitWaitlist: 'Entrar na lista de espera',
    registerSubmitPay: 'Continuar para o pagamento',
    registerSending: 'Enviando sua inscrição…',
    registerWaiting: (s: number) =>
      `Muitas pessoas estão se inscrevendo agora. Reenviando em ${n(s)} ${one(s) ? 'segundo' : 'segundos'}; você não precisa digitar nada de novo.`,
    registerOutcomeUnknown:
      'A conexão caiu antes da resposta chegar, então não sabemos se a inscrição foi concluída. ' +
      'Tente novamente: se ela já tiver sido feita, será confirmada, sem duplicidade.',
    registerNowWaitlist: 'As últimas vagas acabaram de ser preenchidas: esta inscrição agora vai para a lista de espera.',
    // ── <evt-register>: waits, answers already received, bodies too large (issue 11) ──
    registerWaitLong: (seconds: number) => {
      const minutes = Math.ceil(seconds / 60);
      const span = seconds < 90 ? `${n(seconds)} ${one(seconds) ? 'segundo' : 'segundos'}` : `${n(minutes)} ${one(minutes) ? 'minuto' : 'minutos'}`;
      return `Muitas pessoas estão se inscrevendo agora: o serviço de eventos pede para aguardar ${span}. Se esta página continuar aberta, sua inscrição será reenviada depois disso, e tudo o que você digitou fica guardado.`;
    },
    registerTryNow: 'Tentar agora',
    registerAlreadyReceivedHeading: 'Sua inscrição já tinha sido recebida',
    registerAlreadyReceivedNote: 'O serviço de eventos já tinha recebido esta inscrição, então nada foi registrado em dobro.',
    registerAlreadyNamed: (names: string, count: number) =>
      one(count)
        ? `${names} já tem inscrição neste evento, por isso ninguém desta inscrição foi registrado. Remova essa pessoa e envie de novo.`
        : `${names} já têm inscrição neste evento, por isso ninguém desta inscrição foi registrado. Remova essas pessoas e envie de novo.`,
    registerAlreadyUnnamed: (sent: string) =>
      `O serviço de eventos informa que alguém desta inscrição já está inscrito neste evento, mas não diz quem. Esta inscrição era para: ${sent}. Se você a enviou há pouco, ela pode já ter sido concluída: verifique se recebeu um e-mail de confirmação antes de enviar de novo.`,
    registerTooLarge: (field: string) => `As respostas são longas demais para serem enviadas. Encurte “${field}” e envie de novo.`,
    registerRefusedField: (field: string) => `O serviço de eventos não aceitou “${field}”. Confira e envie de novo.`,
    registerErrorSummary: 'Há um problema',
    registerErrorPrefix: 'Erro:',
    registerRequiredGroup: 'obrigatório',
    registerPartSeparator: ', ',
    registerErrorIn: (where: string, message: string) => `${where}: ${message}`,
    registerErrRequired: (label: string) => `Preencha o campo “${label}”.`,
    registerErrTooLong: (label: string, max: number) => `“${label}” deve ter no máximo ${n(max)} ${one(max) ? 'caractere' : 'caracteres'}.`,
    registerErrEmail: 'Digite um e-mail no formato nome@exemplo.com.br.',
    registerErrEmailTwice: 'Este e-mail já está sendo usado por outro participante desta inscrição.',
    registerErrCharacter: (label: string, character: string) => `“${label}” não pode conter ${character}. Remova esse caractere e tente de novo.`,
    registerErrLetter: (label: string) => `“${label}” precisa ter pelo menos uma letra.`,
    registerErrChoose: (label: string) => `Escolha uma resposta para “${label}”.`,
    registerErrAnswer: (label: string) => `Responda “${label}”.`,
    registerErrPass: 'Escolha um ingresso.',
    registerErrPassLimit: (pass: string, left: number) =>
      left
        ? `${one(left) ? `Resta só ${n(left)} ingresso` : `Restam só ${n(left)} ingressos`} “${pass}”: escolha outro.`
        : `Os ingressos “${pass}” esgotaram: escolha outro.`,
    registerErrSessionFull: (session: string, left: number) =>
      left ? `${one(left) ? `Resta só ${n(left)} vaga` : `Restam só ${n(left)} vagas`} em “${session}”.` : `“${session}” está lotada.`,
    registerClosed: 'As inscrições para este evento estão encerradas.',
    registerEnded: 'Este evento já terminou.',
    registerSoldOut: 'Os ingressos para este evento esgotaram.',
    registerSignIn:
      'Só visitantes conectados podem se inscrever neste evento, e não é possível entrar na conta nesta página. Faça sua inscrição pelo site do evento da organização.',
    registerCaptchaMissing:
      'Este evento pede uma verificação de segurança que esta página não consegue exibir. Faça sua inscrição pelo site do evento da organização.',
    registerCaptchaFailed: 'Não foi possível concluir a verificação de segurança. Tente novamente.',
    registerFailed: 'Não foi possível enviar a inscrição. Tente novamente.',
    registerBusy: 'Muitas pessoas estão se inscrevendo agora. Tente de novo daqui a um minuto; tudo o que você digitou fica guardado.',
    registerSuccessHeading: 'Inscrição confirmada',
    registerSuccessWaitlistHeading: 'Você está na lista de espera',
    registerSuccessMixedHeading: 'Inscrição recebida',
    registerSuccessFor: (event: string, when: string) => (when ? `${event}, ${when}` : event),
    registerSuccessNote: 'Você vai receber um e-mail de confirmação.',
    registerStatusRegistered: 'Inscrito',
    registerStatusWaitlisted: 'Na lista de espera',
    registerAnother: 'Inscrever outra pessoa',
    registerPaymentHeading: 'Pagamento',
    registerPaymentPending: 'Suas vagas estão reservadas. A inscrição é concluída assim que o pagamento for feito.',
    registerPaymentGoing: 'Levando você para a página de pagamento…',
    registerRedirectInvalid: 'Não foi possível abrir a página de pagamento. Entre em contato com a organização.',
    registerErrors: {
      RegistrationFailed: 'Não foi possível concluir a inscrição. Confira os dados e tente novamente.',
      EventNotFound: 'Este evento não foi encontrado. Talvez tenha sido movido ou despublicado.',
      EventNotLive: 'Este evento não está com inscrições abertas.',
      SessionNotLive: 'Uma sessão escolhida não está com inscrições abertas. Remova-a e tente novamente.',
      MaximumCapacityReached: 'O evento acabou de lotar. O formulário agora oferece a lista de espera: confira e envie de novo.',
      MaximumNoAttendeesReached: 'Os ingressos para este evento esgotaram.',
      MaximumSessionCapacityReached: 'Uma sessão escolhida acabou de lotar. Escolha outra sessão ou remova-a.',
      SessionFullyBooked: 'Uma sessão escolhida está lotada. Escolha outra sessão ou remova-a.',
      AlreadyRegistered:
        'Alguém desta inscrição já está inscrito neste evento com o mesmo e-mail. Se for você, não precisa fazer mais nada: a confirmação foi enviada quando você se inscreveu.',
      AnonymousRegistrationNotAllowed: 'Você precisa entrar na sua conta para se inscrever neste evento.',
      MultiAttendeeRegistrationNotEnabled: 'Este evento aceita um participante por inscrição. Inscreva cada pessoa separadamente.',
      TooManyAttendees: 'É possível inscrever no máximo 50 participantes de uma vez. Divida a inscrição.',
      WaitlistRegistrationNotAllowedErrorMessage: 'Não há mais vagas, e este evento não tem lista de espera.',
      RequiredRegistrationFieldMissing: 'Uma pergunta obrigatória ficou sem resposta. Confira o formulário e envie de novo.',
      InvalidValueForRequiredRegistrationField: 'Uma resposta a uma pergunta obrigatória não é válida. Confira o formulário e envie de novo.',
      AttendeePassIdNotValid: 'Um ingresso escolhido não está mais disponível. Escolha outro.',
      AttendeeSessionIdNotValid: 'Uma sessão escolhida não está mais disponível. Remova-a e tente novamente.',
      InsufficentNumberOfPasses: 'Não há ingressos suficientes para todos. Escolha outro ingresso ou inscreva menos pessoas.',
      FinalizationNotAllowed: 'A verificação de segurança não confere. Tente novamente.',
      FinalizationNotEnabled: 'O pagamento deste evento não pode ser feito on-line. Entre em contato com a organização.',
      FinalizationAfterTimeLimit: 'O prazo para concluir o pagamento terminou. Faça a inscrição de novo.',
      RequestTimedOut: 'O processamento da inscrição demorou demais. Tente novamente.',
    },
  };
}
