import type { SomeHandlers } from './define';
import { requireSession } from '../state';
import { myResidents } from '../services/my-residents';

export const homeHandlers = {
  'home.myResidents': (_i, s) => myResidents(requireSession(s)),
} satisfies SomeHandlers;
