import { rwOutreach, rwOutreachValidation } from './rw-outreach';
import { rwReports, rwReportsValidation } from './rw-reports';
import { rwTrust, rwTrustErrors, rwTrustFieldErrors } from './rw-trust';
import { rwChain, rwChainErrors } from './rw-chain';
import { rwKeys } from './rw-keys';
import type { DeepPartial, Catalog } from '../translate';
import { rwAdmit } from './rw-admit';
import { rwList } from './rw-list';
import { rwCare, rwCareValidation } from './rw-care';
import { rwDocuments } from './rw-documents';
import { rwBackup } from './rw-backup';
import { rwFile } from './rw-file';
import { rwFields } from './rw-fields';
import { rwHost, rwHostErrors } from './rw-host';
import { rwSecurityErrors, rwAuditKinds } from './rw-security';
import { rwAccess, rwAccessAuditActions, rwAccessErrors } from './rw-access';
import { rwRehab, rwRehabAuditActions, rwRehabErrors, rwRehabValidation } from './rw-rehab';
import { rwReintegration, rwReintegrationErrors, rwReintegrationSettingsField, rwReintegrationValidation } from './rw-reintegration';

/** Kinyarwanda: grows over time; anything missing falls back to English. */
export const rw: DeepPartial<Catalog> = {
  ...rwChain,
  ...rwAccess,
  ...rwReports,
  ...rwOutreach,
  ...rwReintegration,
  ...rwTrust,
  ...rwAdmit,
  ...rwHost,
  ...rwKeys,
  ...rwList,
  ...rwCare,
  ...rwRehab,
  audit: { action: { ...rwAccessAuditActions, ...rwRehabAuditActions } },
  ...rwDocuments,
  ...rwBackup,
  ...rwFile,
  ...rwFields,
  residentValidation: { ...rwCareValidation, ...rwRehabValidation, ...rwReintegrationValidation },
  app: { tagline: "Gucunga amadosiye y'inzu y'ubuhungiro" },
  roles: {
    manager: "Umuyobozi w'inzu",
    counsellor: 'Umujyanama',
    social_worker: 'Umukozi ushinzwe imibereho myiza',
    reporting: 'Raporo (gusoma gusa)',
  },
  auditLog: { verify: { kind: rwAuditKinds } },
  errors: {
    ...rwChainErrors,
    ...rwHostErrors,
    ...rwSecurityErrors,
    ...rwAccessErrors,
    ...rwRehabErrors,
    ...rwReintegrationErrors,
    ...rwTrustErrors,
    WRONG_CREDENTIALS: "Izina ry'ukoresha n'ijambo ry'ibanga ntibihuye.",
    NOT_SIGNED_IN: 'Amizero irafunze. Injira kugira ngo ukomeze.',
    PERMISSION_DENIED: 'Uruhare rwawe ntirubyemera.',
    THROTTLED: "Wagerageje inshuro nyinshi ntibikunde. Ongera ugerageze nyuma y'amasegonda {seconds}.",
    ACCOUNT_DISABLED: "Iyi konti yahagaritswe. Baza umuyobozi w'inzu.",
    VAULT_EXISTS: 'Amizero isanzwe itunganyijwe kuri iyi mudasobwa.',
    WEAK_PASSWORD: "Iri jambo ry'ibanga ntirikomeye bihagije. Koresha nibura inyuguti {min} kandi wirinde amagambo asanzwe.",
    RECOVERY_KEY_INVALID: "Urwo rufunguzo rwo kugarura si rwo. Genzura buri tsinda ry'inyuguti.",
    RECOVERY_CONFIRMATION_MISMATCH: "Amatsinda wanditse ntahuye n'urufunguzo rwo kugarura.",
    SETUP_NOT_PREPARED: 'Gutunganya byongeye gutangira. Ongera uhere ku ntambwe ya mbere.',
    SEALED_KEY_MISSING:
      "Iyi konti ntifite urufunguzo rw'iki gice cy'idosiye. Umuyobozi w'ikigo ashobora kugenzura konti muri Igenamiterere.",
    ACCOUNT_KEYS_NOT_UPGRADED:
      'Iyi konti ntiyinjiye kuva umutekano wavugururwa, bityo ntishobora kwakira imfunguzo nshya. Banza uhindure ijambobanga ryayo (ihita ibona imfunguzo zayo), cyangwa usabe nyirayo kwinjira rimwe.',
    INTERNAL: 'Habaye ikibazo imbere muri Amizero. Nta cyabitswe. Ongera ugerageze.',
  },
  // ---- Gutunganya, kwinjira no gufunga (bikeneye kugenzurwa n'uvuga Ikinyarwanda kavukire) ----
  validation: {
    ...rwReportsValidation,
    ...rwOutreachValidation,
    required: 'Birakenewe.',
    tooShort: 'Ni bigufi cyane (nibura inyuguti {min}).',
    tooLong: 'Ni birebire cyane (ntibirenze inyuguti {max}).',
    invalid: 'Ntibyemewe.',
    usernameFormat: 'Koresha inyuguti nto, imibare, utudomo, udusodeko cyangwa _, utangiriye ku nyuguti cyangwa umubare.',
    siteCodeFormat: 'Koresha inyuguti nkuru cyangwa imibare kuva kuri 2 kugeza kuri 6, urugero KGL.',
  },
  password: {
    strength: { 0: 'Ntirikomeye na gato', 1: 'Ntirikomeye', 2: 'Riringaniye', 3: 'Rirakomeye', 4: 'Rirakomeye cyane' },
    hint: {
      tooShort: 'Koresha nibura inyuguti {min}.',
      common: "Iri jambo ry'ibanga riri ku ntonde abajura bagerageza mbere.",
      repeated: 'Irinde gusubiramo inyuguti imwe.',
      sequence: 'Irinde ibikurikirana nka 1234 cyangwa abcd.',
      addVariety: "Vanga inyuguti n'imibare cyangwa ibimenyetso.",
      longer: 'Kongeraho amagambo make birarikomeza cyane.',
    },
  },
  common: {
    next: 'Komeza',
    back: 'Subira inyuma',
    cancel: 'Reka',
    tryAgain: 'Ongera ugerageze',
    loading: 'Tegereza…',
    and: ' na ',
    language: 'Ururimi',
    fullName: 'Amazina yombi',
    username: "Izina ry'ukoresha",
    usernameHelp: 'Rikoreshwa mu kwinjira. Inyuguti nto, imibare, utudomo, udusodeko cyangwa _, urugero "counsellor1".',
    password: "Ijambo ry'ibanga",
    currentPassword: "Ijambo ry'ibanga usanganywe",
    newPassword: "Ijambo ry'ibanga rishya",
    confirmPassword: "Ongera wandike ijambo ry'ibanga",
    showPassword: "Erekana ijambo ry'ibanga",
  },
  fieldErrors: {
    ...rwTrustFieldErrors,
    weakPassword: 'Ntirikomeye: nibura inyuguti {min} kandi rigere kuri "Riringaniye" cyangwa hejuru.',
    passwordsDiffer: "Amagambo y'ibanga yombi ntabwo ari kimwe.",
    samePassword: "Hitamo ijambo ry'ibanga ritandukanye n'iryo usanganywe.",
    wrong: "Iri si ryo jambo ry'ibanga usanganywe.",
    mismatch: 'Genzura iri tsinda ku rupapuro rwawe.',
    notManager: "Rigomba kuba izina ry'ukoresha ry'umuyobozi w'inzu ukiri mu kazi.",
  },
  passwordMeter: {
    rule: 'Nibura inyuguti {min}. Amagambo make ahujwe aroroshye kwibuka kandi aragoye gukeka.',
    acceptable: 'Rirakomeye bihagije',
    notYet: 'Ntirirakomera bihagije (nibura inyuguti {min} kandi "Riringaniye")',
  },
  setup: {
    title: 'Gutunganya Amizero kuri iyi mudasobwa',
    subtitle: "Intambwe enye ngufi. Tegura ikaramu n'urupapuro cyangwa icapiro ku ntambwe ya 3.",
    stepOf: 'Intambwe ya {n} muri {total}: {title}',
    steps: {
      organisation: 'Umuryango',
      manager: 'Umuyobozi wa mbere',
      recovery: 'Urufunguzo rwo kugarura',
      confirm: 'Genzura urufunguzo',
    },
    organisation: {
      intro: 'Bwira Amizero inzu iyi mudasobwa ari iyayo. Umuyobozi ashobora kubihindura nyuma mu Igenamiterere.',
      name: "Izina ry'umuryango",
      nameHelp: 'Inzu cyangwa umuryango, uko bigomba kugaragara kuri ecran no ku nyandiko zicapwe.',
      siteCode: "Kode y'ikigo",
      siteCodeHelp:
        'Inyuguti nkuru cyangwa imibare kuva kuri 2 kugeza kuri 6, urugero KGL. Itangira kode ya buri muntu wakiriwe, nka {example}.',
    },
    manager: {
      intro:
        "Iyi ni konti ya mbere y'umuyobozi w'inzu. Abajyanama n'abakozi bashinzwe imibereho myiza uzabongeraho nyuma, ku rupapuro rw'Abakozi.",
    },
    recovery: {
      preparing: 'Urufunguzo rwo kugarura ruri gutegurwa',
      keyLabel: 'Urufunguzo rwo kugarura',
      groupNumber: 'Itsinda rya {n}',
      warningTitle: 'Andika uru rufunguzo nonaha. Rugaragara rimwe gusa.',
      warning:
        "Abayobozi bose nibibagirwa amagambo y'ibanga, uru rufunguzo ni bwo buryo bwonyine bwo kongera kwinjira. Udafite urwo rufunguzo, nta muntu n'umwe ushobora gufungura amadosiye, habe n'abatekinisiye. Rwandike ku rupapuro cyangwa urucape, urubike ahantu hafunze kure y'iyi mudasobwa.",
      print: 'Capa urufunguzo',
      printHelp: "Hacapwa urufunguzo n'amabwiriza gusa.",
      acknowledge: 'Narwanditse cyangwa narucapye, kandi nzarubika ahantu hizewe',
      characters: 'Urufunguzo ntirukoresha inyuguti I, L, O cyangwa U: 0 ni zeru naho 1 ni rimwe.',
      replacedTitle: 'Uru ni urufunguzo rushya',
      replaced:
        'Amizero yongeye gutangira mu gihe cyo gutunganya, bityo urufunguzo rwagaragaye mbere ntiruzakora. Andika uru rushya maze usenye urupapuro rwa mbere.',
    },
    confirm: {
      intro: 'Reba ku rupapuro rwawe (urufunguzo ntirukiri kuri ecran) kugira ngo ugaragaze ko warwandukuye neza.',
      ask: 'Andika {list}.',
      back: 'Subira ku rufunguzo',
      showAgain: 'Ongera werekane urufunguzo',
      finish: 'Soza gutunganya',
    },
    print: {
      title: 'Urufunguzo rwo kugarura Amizero',
      organisation: 'Umuryango',
      date: 'Itariki',
      whatTitle: 'Uru ni iki',
      what: "Uru rufunguzo rufungura amadosiye ya Amizero y'uyu muryango igihe amagambo y'ibanga y'abayobozi bose yibagiranye. Umuntu wese ufite uru rufunguzo na kopi ya dosiye za Amizero ashobora gusoma amadosiye yose, bityo rurinde nk'uko urinda amadosiye ubwayo.",
      whereTitle: 'Aho kurubika',
      where1: "Ahantu hafunze kure ya mudasobwa, urugero mu isanduku y'umutekano y'umuryango cyangwa ku muyobozi mukuru.",
      where2: "Ntukarubike kuri mudasobwa ubwayo, muri e-mail, cyangwa nk'ifoto kuri telefone.",
      where3: 'Niba ukoze kopi, nayo uyibike neza, kandi wandike aho buri kopi iri.',
      keptBy: 'Rwanditswe cyangwa rwacapwe na:',
      keptWhere: 'Rubitswe:',
      ifLost:
        "Kurukoresha: ku rupapuro rwo kwinjira hitamo \"Wibagiwe ijambo ry'ibanga?\", andika uru rufunguzo n'izina ry'ukoresha ry'umuyobozi, hanyuma uhitemo ijambo ry'ibanga rishya.",
    },
  },
  signIn: {
    title: 'Injira',
    submit: 'Injira',
    forgot: "Wibagiwe ijambo ry'ibanga?",
    staffHelp: "Abakozi bibagiwe ijambo ry'ibanga: musabe umuyobozi w'inzu kuryongera gushyiraho.",
    throttledTitle: 'Wagerageje inshuro nyinshi ntibikunde',
    waitSeconds: "Ku bw'umutekano, tegereza amasegonda {time} mbere yo kongera kugerageza.",
    waitMinutes: "Ku bw'umutekano, tegereza iminota {time} mbere yo kongera kugerageza.",
    canRetry: 'Ushobora kongera kugerageza ubu.',
  },
  recover: {
    title: "Gushyiraho ijambo ry'ibanga rishya ry'umuyobozi",
    intro:
      "Koresha urufunguzo rwo kugarura rwacapwe cyangwa rwanditswe igihe Amizero yatunganywaga. Rushyiraho ijambo ry'ibanga rishya kuri konti y'umuyobozi w'inzu.",
    key: 'Urufunguzo rwo kugarura',
    keyHelp: "Amatsinda 9 y'inyuguti 4. Udusodeko n'imyanya ntacyo bitwaye.",
    username: "Izina ry'ukoresha ry'umuyobozi",
    usernameHelp: "Izina ry'ukoresha ry'umuyobozi ugiye guhindurira ijambo ry'ibanga.",
    notManager: "Urufunguzo rwo kugarura rushobora guhindura gusa ijambo ry'ibanga ry'umuyobozi ukiri mu kazi. Genzura izina ry'ukoresha.",
    submit: "Shyiraho ijambo ry'ibanga maze winjire",
    done: "Ijambo ry'ibanga ryahinduwe. Winjiye.",
    back: 'Subira ku kwinjira',
  },
  lock: {
    button: 'Funga',
    tooltip: 'Funga Amizero nonaha ({shortcut})',
    lockedNote: 'Birafunze — injira kugira ngo ukomeze. Ibyo wandikaga mu ifishi byabitswe.',
    because: {
      idle: "Yifunze nyuma y'igihe nta gikorwa.",
      os: 'Yifunze kubera ko mudasobwa yafunzwe cyangwa yasinziriye.',
    },
  },
  changePassword: {
    title: "Hindura ijambo ry'ibanga ryanjye",
    menu: "Hindura ijambo ry'ibanga ryanjye",
    submit: "Hindura ijambo ry'ibanga",
    done: "Ijambo ry'ibanga ryawe ryahinduwe.",
    forcedTitle: "Hitamo ijambo ry'ibanga ryawe",
    forcedIntro:
      "Murakaza neza, {name}. Winjiye ukoresheje ijambo ry'ibanga ry'agateganyo washyiriweho n'umuyobozi. Hitamo iryawe mbere yo gukomeza.",
    submitAndContinue: 'Bika maze ukomeze',
    temporaryPassword: "Ijambo ry'ibanga ry'agateganyo (watanzwe n'umuyobozi)",
    notNow: 'Si ubu — funga Amizero',
  },
  nav: {
    home: 'Ahabanza',
    staff: 'Abakozi',
    settings: 'Igenamiterere',
    auditLog: "Igitabo cy'igenzura",
  },
  settings: {
    fields: { ...rwReintegrationSettingsField, previousRetentionDays: 'Igihe kopi zo mbere yo kugarura zibikwa (iminsi)' },
    help: {
      previousRetentionDays:
        "Kugarura bibika ububiko bwasimbuwe, kugira ngo ubishobore kubisubiza. Nyuma y'iyi minsi iyo kopi irasibwa, kuko ifite imfunguzo za kera. Hagati ya 1 na 365.",
    },
  },
  home: {
    welcome: 'Murakaza neza, {name}',
  },
};
