import type { enRights, enRightsAuditActions, enRightsErrors, enRightsValidation } from './en-rights';

/** Français : les droits d’une résidente (demandes de rectification, export d’accès, registre des traitements, rapport de violation). */
export const frRightsErrors: typeof enRightsErrors = {
  CORRECTION_ANSWERED: 'Cette demande a reçu une réponse et est close. Enregistrez une nouvelle demande si elle la refait.',
  CORRECTION_CHANGE_INVALID:
    'Cette entrée ne peut pas répondre à la demande : liez une modification de son dossier faite après la réception de la demande (une demande rectifiée en exige une).',
};

export const frRightsAuditActions: typeof enRightsAuditActions = {
  'rights.correction_recorded': 'Demande de rectification enregistrée',
  'rights.correction_linked': 'Modification liée à une demande de rectification',
  'rights.correction_answered': 'Réponse à une demande de rectification',
  'rights.access_exported': 'Export d’accès enregistré (tout ce qui est détenu sur elle)',
  'rights.register_saved': 'Registre des traitements enregistré en PDF',
  'rights.breach_report_saved': 'Rapport de violation enregistré en PDF',
};

export const frRightsValidation: typeof enRightsValidation = {
  'rights.answerBeforeReceipt': 'La réponse ne peut pas être datée d’avant la réception de la demande.',
  'rights.discoveredInFuture': 'La découverte ne peut pas être dans le futur.',
};

export const frRights: typeof enRights = {
  rights: {
    nav: 'Droits',
    navDescription: 'Registre des traitements et rapports de violation selon la loi sur les données personnelles.',
    navAction: 'Ouvrir les droits',
    title: 'Droits des résidentes et loi sur les données',
    tabs: { register: 'Registre des traitements', breach: 'Rapport de violation' },
    purpose: {
      identity: 'Savoir qui elle est, retrouver son dossier et la contacter',
      stay: 'Gérer son séjour, sa chambre et son lit dans la limite de six mois',
      trafficking_profile: 'Comprendre ce qui lui est arrivé pour la protéger et rendre compte de la traite',
      care: 'Sa santé, ses risques et le personnel qui la suit',
      consents: 'Prouver ce qu’elle a accepté et avec qui ses données peuvent être partagées',
      referrals: 'L’orienter vers des partenaires pour les services dont elle a besoin',
      documents: 'Garder des copies de ses papiers et rapports',
      history: 'Montrer qui a ouvert ou modifié son dossier',
      rehabilitation: 'Planifier et revoir sa réhabilitation',
      sessions: 'Planifier le counselling et savoir qu’il a eu lieu',
      counselling: 'L’accompagner : notes, scores de bien-être et de détresse, signaux de risque',
      reintegration: 'Préparer son retour et la suivre pendant un an',
      reintegration_contact: 'Joindre son foyer pour les visites de suivi',
    },
    legalBasis: {
      consent: 'Son consentement',
      vital_interest: 'Ses intérêts vitaux (santé et sécurité)',
      legal_obligation: 'Une obligation légale du foyer',
      public_interest: 'Une mission d’intérêt public (protection des victimes de la traite)',
    },
    ownRecord: {
      shelter_records: 'Comptes du personnel, réglages, chambres, annuaire des partenaires et journal de sensibilisation',
      audit_log: 'Journal d’audit des consultations et modifications',
      backups: 'Sauvegardes chiffrées',
    },
    register: {
      intro: 'Produit à partir des tables, rôles et réglages de l’application : il change quand ils changent.',
      category: 'Quoi',
      tables: 'Tables',
      purposeColumn: 'Pourquoi',
      basis: 'Base légale',
      readers: 'Qui peut le voir',
      glass: 'Après bris de glace : {roles}',
      kept: 'Durée de conservation',
      monthsAfterClosure: '{months} mois après la clôture, ou selon ci-dessous',
      retentionTitle: 'Durée de conservation des dossiers clos',
      retentionIntro:
        'Fixée par un responsable sous Conservation. Ce délai écoulé, le dossier est listé pour examen et le responsable le pseudonymise (identité et coordonnées retirées, le reste gardé pour les statistiques) ou l’efface. Rien n’est retiré avant.',
      periodSet: '{months} mois (durée fixée)',
      periodDefault: '{months} mois (par défaut)',
      goesTo: 'Destinataires',
      partnersUnderConsent: 'Partenaires, selon son consentement au partage',
      backupsOnly: 'Sauvegardes chiffrées seulement',
      partnersTitle: 'Partenaires de l’annuaire',
      noPartners: 'Aucun partenaire dans l’annuaire.',
      backupsTitle: 'Sauvegardes',
      backupsScheduled:
        'Sauvegardes programmées vers un dossier choisi ; {keys} clé(s) du siège peuvent ouvrir les sauvegardes scellées pour elles.',
      backupsManual:
        'Sauvegardes faites à la main vers un dossier choisi ; {keys} clé(s) du siège peuvent ouvrir les sauvegardes scellées pour elles.',
      ownTitle: 'Les registres propres du foyer',
      save: 'Enregistrer le registre en PDF',
      dialogTitle: 'Enregistrer le registre des traitements sous',
      saved: 'Registre enregistré ({size}).',
      pdfTitle: 'Registre des traitements',
      pdfIntro:
        'Registre des activités de traitement (loi n° 058/2021 relative à la protection des données à caractère personnel et de la vie privée, article 17) de {organisation}.',
    },
    export: {
      choose: 'Choisir le dossier et exporter',
      button: 'Export d’accès (tout ce qui est détenu sur elle)',
      dialogTitle: 'Choisissez le dossier de son export d’accès',
      language: 'Langue du PDF',
      intro:
        'Un PDF à lire, un fichier JSON avec chaque enregistrement et ses documents en fichiers, dans un nouveau dossier à l’intérieur de celui que vous choisissez.',
      counsellingNote: 'Les notes et scores de counselling ne sont inclus que si un responsable fait l’export.',
      saved: 'Enregistré dans {folder} : {files} fichiers.',
      pdfTitle: 'Tout ce qui est détenu sur {code}',
      pdfIntro: 'Ce que {organisation} détient sur elle au {date}, au titre de son droit d’accès (loi n° 058/2021).',
      withheld: 'Non inclus : la personne qui a fait cet export ne peut pas lire cette partie (demandez à un responsable).',
      documentsTitle: 'Documents (fichiers à côté de ce PDF)',
      noDocuments: 'Aucun document.',
    },
    breach: {
      intro:
        'Si cet ordinateur ou un fichier de sauvegarde est perdu ou volé : choisissez-le, indiquez quand la perte a été découverte et enregistrez le rapport rempli.',
      source: 'Ce qui a été perdu',
      device: 'Cet ordinateur (son dossier de données)',
      backupOption: 'Sauvegarde {file} du {date}',
      noBackups: 'Aucune sauvegarde dans l’historique pour l’instant.',
      discoveredAt: 'Découverte le (heure du foyer)',
      assess: 'Lister ce qu’il contenait',
      what: 'Ce qui a été perdu',
      whatDevice: 'L’ordinateur du foyer avec le dossier de données d’Amizero',
      whatBackup: 'Fichier de sauvegarde {file}, fait le {date}',
      residents: 'Résidentes',
      residentsHeld: 'Résidentes concernées : {count}',
      categories: 'Catégories de données concernées',
      protection: 'Comment il est protégé',
      layer: {
        age_passphrase: 'Chiffrement age par phrase secrète (scrypt, ChaCha20-Poly1305) : illisible sans la phrase de la sauvegarde',
        age_recipients: 'Chiffrement age pour la clé du siège (X25519, ChaCha20-Poly1305) : illisible sans ce fichier de clé',
        sqlcipher: 'Base chiffrée avec SQLCipher 4 (AES-256, HMAC-SHA512 par page) sous une clé aléatoire de 256 bits',
        keyring: 'Cette clé n’est conservée qu’enveloppée par chaque mot de passe du personnel (Argon2id) et la clé de récupération',
        sealed:
          'Documents et notes de counselling scellés à nouveau sous des clés que seuls le personnel habilité et la clé de récupération ouvrent',
      },
      authorityBy: 'Informer l’autorité de contrôle avant le (48 heures)',
      personBy: 'Informer les résidentes concernées avant le (72 heures)',
      save: 'Enregistrer le rapport de violation en PDF',
      dialogTitle: 'Enregistrer le rapport de violation sous',
      saved: 'Rapport de violation enregistré ({size}).',
      pdfTitle: 'Rapport de violation de données personnelles',
      pdfIntro:
        'Notification d’une violation de données personnelles chez {organisation} (loi n° 058/2021). Les nombres viennent des registres du foyer.',
      toComplete: 'À compléter à la main',
      howLost: 'Comment il a été perdu ou volé',
      stepsTaken: 'Mesures prises (mots de passe changés, nouvelle clé, plainte)',
      countsFrom: {
        backup_record: 'Compté à la création de la sauvegarde, sur la sauvegarde elle-même : exact, résidentes effacées depuis comprises.',
        live_vault_backup:
          'Cette sauvegarde date d’avant l’enregistrement de son contenu : compté sur les dossiers actuels tels qu’ils étaient alors, sans les résidentes effacées depuis.',
        live_vault_device: 'Compté sur les dossiers actuels de cet ordinateur.',
      },
      contact: 'Personne à contacter pour l’autorité',
    },
    none: 'Personne',
  },
  corrections: {
    title: 'Demandes de rectification',
    intro:
      'Ce qu’elle dit être faux dans son dossier. Faites la modification dans l’onglet habituel, puis liez-la ici depuis son historique.',
    empty: 'Aucune demande de rectification enregistrée.',
    record: 'Enregistrer une demande',
    receivedOn: 'Reçue le',
    request: 'Ce qu’elle dit être faux',
    save: 'Enregistrer la demande',
    link: 'Lier une modification',
    linkPick: 'Modification de son historique',
    linkNone: 'Aucune modification de son dossier depuis la réception de la demande.',
    linkButton: 'Lier cette modification',
    answer: 'Répondre',
    answeredOn: 'Répondu le',
    outcome: { corrected: 'Rectifiée', refused: 'Refusée' },
    note: 'Réponse qui lui a été donnée (facultatif)',
    open: 'Ouverte',
    answeredLine: '{outcome} le {date}',
    changes: 'Modifications faites',
    noChanges: 'Aucune modification liée pour l’instant.',
    fields: 'champs : {fields}',
    recordedBy: 'Enregistrée par {name}',
  },
};
