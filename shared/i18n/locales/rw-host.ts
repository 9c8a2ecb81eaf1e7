import type { enHost, enHostErrors } from './en-host';

/** Ikinyarwanda: igihe moteri ya Amizero yahagaze. */
export const rwHost: typeof enHost = {
  coreHost: {
    stopped:
      'Amizero yahagaze akanya gato maze irifunga. Ibyari byabitswe byose bifite umutekano; ibyo wandikaga mu ifishi ifunguye bishobora kuba byatakaye. Injira kugira ngo ukomeze. Niba byongeye kuba, hamagara abashinzwe ikoranabuhanga.',
  },
};

export const rwHostErrors: typeof enHostErrors = {
  CORE_STOPPED: 'Amizero yahagaze akanya gato maze irifunga. Injira wongere ugerageze.',
};
