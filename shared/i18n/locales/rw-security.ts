/** Kinyarwanda strings for security round two (spread into rw.ts). */
export const rwSecurityErrors = {
  SCHEMA_TAMPERED:
    "Ububiko bw'amakuru burimo imbonerahamwe, triggers cyangwa views Amizero itaremye: bushobora kuba bwarahinduwe. Nta cyahinduwe. Subizaho kopi y'ububiko cyangwa uhamagare abashinzwe ikoranabuhanga.",
  SIGN_IN_STATE_UNWRITABLE:
    "Amizero ntishobora kwandika igerageza ryo kwinjira mu bubiko bwayo (disiki yuzuye cyangwa ntiyandikwaho), bityo kwinjira birabujijwe ku bw'umutekano. Bohora umwanya cyangwa uhamagare abashinzwe ikoranabuhanga.",
  BACKUP_BAD_RECIPIENT_SHARE:
    "Iyi dosiye y'ububiko ntiyemewe: guhanahana imfunguzo kwayo gukoresha agaciro kabujijwe. Ishobora kuba yarakozwe kugira ngo yibasire iyi mudasobwa. Nta cyahinduwe.",
};

export const rwAuditKinds = {
  truncated: 'inyandiko za vuba zavanywemo (igitabo ni kigufi kuruta umutwe wacyo wanditswe)',
  rewritten: 'igitabo cyanditswe bundi bushya (ntikigihuye n’umutwe wacyo wanditswe)',
  anchor_invalid: "umutwe wanditswe w'igitabo warahinduwe",
};
