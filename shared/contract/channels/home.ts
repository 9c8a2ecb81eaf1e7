import { z } from 'zod';
import { channel } from '../define';
import { myResidentSchema } from '../../domain/my-residents';

/** Home cards fed by their own channels. */
export const homeChannels = {
  /** The residents in the shelter assigned to the caller (as counsellor or social worker), highest risk first. */
  'home.myResidents': channel({
    resident: 'list',
    input: z.object({}).strict(),
    output: z.array(myResidentSchema),
    access: ['counsellor', 'social_worker'],
  }),
};
