/** Amagambo y'Ikinyarwanda ku mfunguzo (guhindura imfunguzo, kuvugurura idosiye y'imfunguzo, kopi zo mbere yo kugarura). */
export const rwKeys = {
  keys: {
    rotate: {
      title: 'Guhindura imfunguzo',
      intro:
        "Bisimbuza urufunguzo rufunga amakuru yose n'urufunguzo rw'inyandiko zifunze. Amagambobanga n'urufunguzo rwo kugarura ntibihinduka. Bikore iyo umukozi agiye, cyangwa iyo mudasobwa, USB cyangwa kopi y'ububiko ibuze: kopi za kera z'idosiye y'imfunguzo ntizongera gufungura ikintu hano.",
      reason: 'Impamvu',
      reasons: {
        staff_left: 'Umukozi yagiye',
        device_lost: "Mudasobwa, USB cyangwa kopi y'ububiko yabuze",
        routine: 'Guhindura bisanzwe',
      },
      submit: 'Hindura imfunguzo ubu',
      note: "Amizero yongera gufunga byose muri kopi hanyuma ikayishyira mu mwanya. Bifata nk'isegonda imwe kuri buri MB 100. Ntuzimye mudasobwa muri icyo gihe; nihagarara, Amizero izafunguka n'imfunguzo za kera cyangwa inshya.",
      done: "Imfunguzo zasimbujwe: imyanya {slots} y'imfunguzo yavuguruwe, inyandiko {rows} zongeye gufungwa.",
      pendingBlocked:
        "Ntibirashoboka: konti zimwe cyangwa urufunguzo rwo kugarura biracyakoresha idosiye y'imfunguzo ya kera (reba hepfo).",
      phases: {
        copying: 'Kongera gufunga amakuru…',
        resealing: 'Kongera gufunga inyandiko ({done} kuri {total})…',
        swapping: 'Gushyira kopi nshya mu mwanya…',
        done: 'Byarangiye.',
      },
    },
    status: {
      title: "Kuvugurura idosiye y'imfunguzo",
      upgrading:
        "Amizero irimo kwimukira ku idosiye y'imfunguzo aho abafite uburenganzira bwo gusoma inyandiko ari bo bonyine bafite urufunguzo rwazo. Kugeza birangiye, ufite ijambobanga ry'umukozi na kopi y'ububiko bw'amakuru yashobora gufungura inyandiko.",
      pendingAccounts: 'Ntibarinjira kuva habaho ivugurura: {names}. Ivugurura riba igihe binjiye ubutaha.',
      recoveryPending:
        'Urufunguzo rwo kugarura ntirurakoreshwa kuva habaho ivugurura. Rwandike hano rimwe kugira ngo birangire (nta jambobanga rihinduka).',
      recoveryLabel: 'Urufunguzo rwo kugarura',
      recoverySubmit: 'Soza ivugurura',
      previousTitle: 'Kopi zabitswe mbere yo kugarura',
      previous:
        "Ububiko bw'amakuru buracyafite kopi {count} y'ububiko bwo mbere yo kugarura (kugira ngo ubisubize). Ifite imfunguzo za kera kandi izasibwa nyuma y'iminsi {days} (Igenamiterere).",
    },
    disablePrompt: {
      title: 'Uhindure n’imfunguzo?',
      body: "{name} ntashobora kongera kwinjira. Niba yarashoboye gukoporora ububiko bw'amakuru cyangwa idosiye y'imfunguzo, hindura imfunguzo ubu: kopi ye ntizongera gufungura ikintu.",
      now: 'Hindura imfunguzo ubu',
      later: 'Si ubu',
    },
  },
};
