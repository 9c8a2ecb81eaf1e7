import { frOutreach, frOutreachValidation } from './fr-outreach';
import { frReports, frReportsValidation } from './fr-reports';
import { frTrust, frTrustErrors, frTrustFieldErrors } from './fr-trust';
import { frChain, frChainErrors } from './fr-chain';
import { frKeys } from './fr-keys';
import type { DeepPartial, Catalog } from '../translate';
import { frAdmit, frAdmitEnums, frAdmitValidation } from './fr-admit';
import { frList } from './fr-list';
import { frCare, frCareValidation, frRiskLevel } from './fr-care';
import { frDocuments } from './fr-documents';
import { frBackup } from './fr-backup';
import { frFile } from './fr-file';
import { frFields } from './fr-fields';
import { frHost, frHostErrors } from './fr-host';
import { frSecurityErrors, frAuditKinds } from './fr-security';
import { frAccess, frAccessAuditActions, frAccessErrors } from './fr-access';
import { frRehab, frRehabAuditActions, frRehabErrors, frRehabValidation } from './fr-rehab';
import { frReintegration, frReintegrationErrors, frReintegrationSettingsField, frReintegrationValidation } from './fr-reintegration';

/** French: grows over time; anything missing falls back to English. */
export const fr: DeepPartial<Catalog> = {
  ...frChain,
  ...frAccess,
  ...frReports,
  ...frOutreach,
  ...frReintegration,
  ...frTrust,
  ...frAdmit,
  ...frHost,
  ...frKeys,
  ...frList,
  ...frCare,
  ...frRehab,
  audit: { action: { ...frAccessAuditActions, ...frRehabAuditActions } },
  ...frDocuments,
  ...frBackup,
  ...frFile,
  ...frFields,
  residentEnums: { ...frAdmitEnums, riskLevel: frRiskLevel },
  residentValidation: { ...frAdmitValidation, ...frCareValidation, ...frRehabValidation, ...frReintegrationValidation },
  app: { tagline: 'Gestion des dossiers du foyer' },
  roles: {
    manager: 'Responsable du foyer',
    counsellor: 'Conseiller·ère',
    social_worker: 'Travailleur·se social·e',
    reporting: 'Rapports (lecture seule)',
  },
  auditLog: { verify: { kind: frAuditKinds } },
  errors: {
    ...frChainErrors,
    ...frHostErrors,
    ...frSecurityErrors,
    ...frAccessErrors,
    ...frRehabErrors,
    ...frReintegrationErrors,
    ...frTrustErrors,
    VALIDATION: 'Certains champs sont à corriger.',
    PERMISSION_DENIED: 'Votre rôle ne permet pas cette action.',
    NOT_SIGNED_IN: 'Amizero est verrouillé. Connectez-vous pour continuer.',
    WRONG_CREDENTIALS: "Ce nom d'utilisateur et ce mot de passe ne correspondent pas.",
    THROTTLED: 'Trop de tentatives échouées. Réessayez dans {seconds} secondes.',
    DOCUMENT_TOO_LARGE: 'Ce fichier dépasse 20 Mo. Numérisez-le à une résolution plus basse ou divisez-le, puis joignez-le à nouveau.',
    DOCUMENT_TYPE_NOT_ALLOWED:
      "Seuls les fichiers PDF et les images JPEG ou PNG peuvent être joints. Ce fichier est d'un autre type, quel que soit son nom.",
    DOCUMENT_TYPE_MISMATCH:
      'Le nom du fichier ne correspond pas à son contenu (par exemple une image nommée .pdf). Vérifiez que vous avez choisi le bon fichier.',
    DOCUMENT_EXPORT_LOCATION_INVALID:
      "Le document ne peut pas être enregistré à cet endroit. Choisissez un dossier en dehors du dossier de données d'Amizero et un nom de fichier qui n'existe pas encore.",
    INTERNAL: "Une erreur interne est survenue. Rien n'a été enregistré. Réessayez.",
    ACCOUNT_DISABLED: 'Ce compte est désactivé. Adressez-vous à un·e responsable du foyer.',
    VAULT_EXISTS: 'Amizero est déjà configuré sur cet ordinateur.',
    WEAK_PASSWORD: 'Ce mot de passe est trop faible. Utilisez au moins {min} caractères et évitez les mots courants.',
    RECOVERY_KEY_INVALID: "Cette clé de récupération n'est pas la bonne. Vérifiez chaque groupe de caractères.",
    RECOVERY_CONFIRMATION_MISMATCH: 'Les groupes saisis ne correspondent pas à la clé de récupération.',
    SETUP_NOT_PREPARED: 'La configuration a été relancée. Recommencez depuis la première étape.',
    BACKUP_CANCELLED: "La sauvegarde a été annulée. Aucun fichier de sauvegarde n'a été laissé.",
    BACKUP_WRONG_PASSPHRASE: "Cette phrase secrète n'ouvre pas ce fichier de sauvegarde.",
    BACKUP_WRONG_KEY: 'Cette sauvegarde a été faite pour un autre fichier de clé. Choisissez le fichier de clé prévu pour elle.',
    BACKUP_KEY_FILE_INVALID: "Ce fichier de clé n'est pas un fichier d'identité age.",
    BACKUP_DAMAGED: "Le fichier de sauvegarde est endommagé ou incomplet. Rien n'a été modifié. Essayez une autre copie de la sauvegarde.",
    BACKUP_NOT_A_BACKUP: "Ce fichier n'est pas une sauvegarde Amizero.",
    BACKUP_TOO_NEW: "Cette sauvegarde a été faite par une version plus récente d'Amizero. Mettez d'abord Amizero à jour.",
    BACKUP_LOCATION_INVALID:
      "Cet emplacement ne peut pas servir à une sauvegarde. Choisissez un dossier existant en dehors du dossier de données d'Amizero, et un nom de fichier pas encore utilisé.",
    BACKUP_WRITE_FAILED: "La sauvegarde n'a pas pu être écrite. Vérifiez que la clé USB ou le dossier est toujours là et réessayez.",
    BACKUP_NOTHING_TO_UNDO: "Il n'y a pas de restauration précédente à annuler.",
    DISK_FULL: 'Le disque est plein. Libérez de la place ou choisissez un autre endroit, puis réessayez.',
    DISK_WRITE_FAILED:
      "Amizero n'a pas pu écrire sur le disque : il est peut-être plein ou défaillant. Cette modification n'a pas été enregistrée ; tout ce qui l'a été avant est intact. Libérez de la place, puis réessayez.",
    BACKUP_BUSY: 'Une sauvegarde, une vérification ou une restauration est déjà en cours. Attendez la fin ou annulez-la.',
    BACKUP_FOLDER_MISSING: 'Le dossier de sauvegarde est introuvable. Branchez la clé USB (ou choisissez un autre dossier) et réessayez.',
    BACKUP_NOT_SCHEDULED:
      "Les sauvegardes automatiques ne sont pas encore configurées. Choisissez d'abord un dossier et la façon de protéger les sauvegardes.",
    SEALED_KEY_MISSING:
      'Ce compte ne détient pas la clé de cette partie du dossier. Un responsable du centre peut vérifier le compte dans Paramètres.',
    ACCOUNT_KEYS_NOT_UPGRADED:
      "Ce compte ne s'est pas connecté depuis la mise à niveau de sécurité : il ne peut pas encore recevoir de nouvelles clés. Réinitialisez d'abord son mot de passe (il reçoit alors ses clés), ou demandez à la personne de se connecter une fois.",
  },
  // ---- Écrans de configuration, de connexion et de verrouillage ----
  validation: {
    ...frReportsValidation,
    ...frOutreachValidation,
    required: 'Obligatoire.',
    tooShort: 'Trop court (au moins {min} caractères).',
    tooLong: 'Trop long (au plus {max} caractères).',
    invalid: 'Non valide.',
    usernameFormat:
      'Utilisez des minuscules, des chiffres, des points, des tirets ou des tirets bas, en commençant par une lettre ou un chiffre.',
    siteCodeFormat: 'Utilisez 2 à 6 lettres majuscules ou chiffres, par exemple KGL.',
  },
  password: {
    strength: { 0: 'Très faible', 1: 'Faible', 2: 'Moyen', 3: 'Fort', 4: 'Très fort' },
    hint: {
      tooShort: 'Utilisez au moins {min} caractères.',
      common: 'Ce mot de passe figure sur les listes que les pirates essaient en premier.',
      repeated: 'Évitez de répéter le même caractère.',
      sequence: 'Évitez les suites comme 1234 ou abcd.',
      addVariety: 'Mélangez des lettres avec des chiffres ou des symboles.',
      longer: 'Quelques mots de plus le rendent beaucoup plus solide.',
    },
  },
  common: {
    next: 'Suivant',
    back: 'Retour',
    cancel: 'Annuler',
    tryAgain: 'Réessayer',
    loading: 'Chargement…',
    and: ' et ',
    language: 'Langue',
    fullName: 'Nom complet',
    username: "Nom d'utilisateur",
    usernameHelp: 'Sert à se connecter. Minuscules, chiffres, points, tirets ou tirets bas, par exemple « counsellor1 ».',
    password: 'Mot de passe',
    currentPassword: 'Mot de passe actuel',
    newPassword: 'Nouveau mot de passe',
    confirmPassword: 'Retapez le mot de passe',
    showPassword: 'Afficher le mot de passe',
  },
  fieldErrors: {
    ...frTrustFieldErrors,
    weakPassword: 'Trop faible : au moins {min} caractères et une force « Moyen » ou mieux.',
    passwordsDiffer: 'Les deux mots de passe ne sont pas identiques.',
    samePassword: 'Choisissez un mot de passe différent de l’actuel.',
    wrong: "Ce n'est pas votre mot de passe actuel.",
    mismatch: 'Vérifiez ce groupe sur votre papier.',
    notManager: "Il doit s'agir du nom d'utilisateur d'un·e responsable du foyer actif·ve.",
  },
  passwordMeter: {
    rule: 'Au moins {min} caractères. Quelques mots ensemble sont faciles à retenir et difficiles à deviner.',
    acceptable: 'Assez solide',
    notYet: 'Pas encore assez solide (au moins {min} caractères et une force « Moyen »)',
  },
  setup: {
    title: 'Configurer Amizero sur cet ordinateur',
    subtitle: "Quatre étapes courtes. Préparez un stylo et du papier, ou une imprimante, pour l'étape 3.",
    stepOf: 'Étape {n} sur {total} : {title}',
    steps: {
      organisation: 'Organisation',
      manager: 'Premier·ère responsable',
      recovery: 'Clé de récupération',
      confirm: 'Vérifier la clé',
    },
    organisation: {
      intro: 'Indiquez à quel foyer appartient cet ordinateur. Un·e responsable pourra le modifier plus tard dans les Paramètres.',
      name: "Nom de l'organisation",
      nameHelp: "Le foyer ou l'organisation, tel qu'il doit apparaître à l'écran et sur les documents imprimés.",
      siteCode: 'Code du site',
      siteCodeHelp: '2 à 6 lettres majuscules ou chiffres, par exemple KGL. Il commence chaque code de résidente, comme {example}.',
    },
    manager: {
      intro:
        "C'est le premier compte de responsable du foyer. Vous ajouterez les conseiller·ère·s et travailleur·se·s sociaux·ales plus tard, depuis la page Personnel.",
    },
    recovery: {
      preparing: 'Préparation de la clé de récupération',
      keyLabel: 'Clé de récupération',
      groupNumber: 'Groupe {n}',
      warningTitle: "Notez cette clé maintenant. Elle n'est affichée qu'une seule fois.",
      warning:
        'Si tous les responsables oublient leur mot de passe, cette clé est le seul moyen de rentrer. Sans elle, personne ne peut ouvrir les dossiers, pas même le support informatique. Écrivez-la sur papier ou imprimez-la, et rangez-la sous clé, loin de cet ordinateur.',
      print: 'Imprimer la clé',
      printHelp: 'Seules la clé et les instructions sont imprimées.',
      acknowledge: "Je l'ai notée ou imprimée, et je la garderai en lieu sûr",
      characters: 'La clé ne contient jamais les lettres I, L, O ou U : 0 est un zéro et 1 est un un.',
      replacedTitle: 'Ceci est une nouvelle clé de récupération',
      replaced:
        "Amizero a redémarré pendant la configuration : la clé affichée avant ne fonctionnera pas. Notez plutôt cette nouvelle clé et détruisez l'ancien papier.",
    },
    confirm: {
      intro: "Regardez votre papier (la clé n'est plus à l'écran) pour prouver qu'elle a été bien recopiée.",
      ask: 'Tapez {list}.',
      back: 'Revenir à la clé',
      showAgain: 'Afficher la clé à nouveau',
      finish: 'Terminer la configuration',
    },
    print: {
      title: 'Clé de récupération Amizero',
      organisation: 'Organisation',
      date: 'Date',
      whatTitle: "De quoi s'agit-il",
      what: 'Cette clé ouvre les dossiers Amizero de cette organisation si tous les mots de passe des responsables sont oubliés. Toute personne qui a cette clé et une copie des fichiers Amizero peut lire tous les dossiers : protégez-la comme les dossiers eux-mêmes.',
      whereTitle: 'Où la garder',
      where1: "Dans un endroit fermé à clé, loin de l'ordinateur, par exemple le coffre de l'organisation ou chez la direction.",
      where2: "Jamais sur l'ordinateur lui-même, dans un e-mail ou en photo sur un téléphone.",
      where3: 'Si vous en faites une copie, gardez-la aussi soigneusement et notez où se trouve chaque copie.',
      keptBy: 'Notée ou imprimée par :',
      keptWhere: 'Conservée à :',
      ifLost:
        "Pour l'utiliser : sur l'écran de connexion, choisissez « Mot de passe oublié ? », tapez cette clé et le nom d'utilisateur d'un·e responsable, puis choisissez un nouveau mot de passe.",
    },
  },
  signIn: {
    title: 'Connexion',
    submit: 'Se connecter',
    forgot: 'Mot de passe oublié ?',
    staffHelp: 'Personnel ayant oublié son mot de passe : demandez à un·e responsable de le réinitialiser.',
    throttledTitle: 'Trop de tentatives échouées',
    waitSeconds: 'Par sécurité, attendez {time} secondes avant de réessayer.',
    waitMinutes: 'Par sécurité, attendez {time} minutes avant de réessayer.',
    canRetry: 'Vous pouvez réessayer maintenant.',
  },
  recover: {
    title: "Réinitialiser le mot de passe d'un·e responsable",
    intro:
      "Utilisez la clé de récupération imprimée ou notée lors de la configuration d'Amizero. Elle définit un nouveau mot de passe pour un compte de responsable du foyer.",
    key: 'Clé de récupération',
    keyHelp: 'Les 9 groupes de 4 caractères. Les tirets et les espaces ne comptent pas.',
    username: "Nom d'utilisateur du/de la responsable",
    usernameHelp: "Le nom d'utilisateur du/de la responsable dont vous remplacez le mot de passe.",
    notManager:
      "La clé de récupération ne peut réinitialiser que le mot de passe d'un·e responsable actif·ve. Vérifiez le nom d'utilisateur.",
    submit: 'Définir le mot de passe et se connecter',
    done: 'Mot de passe changé. Vous êtes connecté·e.',
    back: 'Retour à la connexion',
  },
  lock: {
    button: 'Verrouiller',
    tooltip: 'Verrouiller Amizero maintenant ({shortcut})',
    lockedNote: 'Verrouillé — connectez-vous pour continuer. Ce que vous saisissiez dans un formulaire a été conservé.',
    because: {
      idle: "Il s'est verrouillé après un moment sans activité.",
      os: "Il s'est verrouillé parce que l'ordinateur a été verrouillé ou mis en veille.",
    },
  },
  changePassword: {
    title: 'Changer mon mot de passe',
    menu: 'Changer mon mot de passe',
    submit: 'Changer le mot de passe',
    done: 'Votre mot de passe a été changé.',
    forcedTitle: 'Choisissez votre propre mot de passe',
    forcedIntro:
      'Bienvenue, {name}. Vous vous êtes connecté·e avec un mot de passe temporaire défini par un·e responsable. Choisissez votre propre mot de passe avant de continuer.',
    submitAndContinue: 'Enregistrer et continuer',
    temporaryPassword: 'Mot de passe temporaire (donné par votre responsable)',
    wrongTemporary: "Ce n'est pas le mot de passe temporaire donné par votre responsable.",
    sameAsTemporary: 'Choisissez un mot de passe différent du mot de passe temporaire.',
    notNow: 'Pas maintenant — verrouiller Amizero',
  },
  nav: {
    home: 'Accueil',
    staff: 'Personnel',
    settings: 'Paramètres',
    auditLog: "Journal d'audit",
    residents: 'Résidents',
    backup: 'Sauvegardes',
  },
  settings: {
    fields: { ...frReintegrationSettingsField, previousRetentionDays: "Conserver les copies d'avant restauration (jours)" },
    help: {
      previousRetentionDays:
        "Une restauration garde le coffre remplacé, pour pouvoir annuler. Après ce nombre de jours, cette copie est supprimée, car elle contient d'anciennes clés. Entre 1 et 365.",
    },
  },
  home: {
    welcome: 'Bienvenue, {name}',
  },
  residents: {
    title: 'Résidents',
    searchLabel: 'Rechercher un résident',
    searchPlaceholder: 'Nom, surnom, code ou téléphone',
    clearSearch: 'Effacer la recherche',
    fuzzyNote: 'Aucune correspondance exacte — noms proches affichés',
    columns: {
      code: 'Code',
      name: 'Nom',
      age: 'Âge',
      status: 'Statut',
      admittedOn: 'Admission',
    },
  },
};
