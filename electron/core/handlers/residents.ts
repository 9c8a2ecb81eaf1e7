import { requireSession } from '../state';
import { admitResident, updateResident, viewResident } from '../services/residents';
import { saveReferralIn } from '../services/residents-referral-in';
import { possibleDuplicates, searchResidents } from '../services/residents-search';
import { placesUnder } from '../services/residents-location';
import { assignBed, bedBoard, createRoom, editRoom } from '../services/residents-beds';
import { dischargeResident, readmitResident, stayLimitList } from '../services/residents-stays';
import { viewerOf } from '../access/relation';
import type { SomeHandlers } from './define';

export const residentHandlers = {
  'residents.admit': (i, s) => admitResident(requireSession(s), i),
  'residents.get': (i, s) => viewResident(requireSession(s), i.id),
  'residents.update': (i, s) => updateResident(requireSession(s), i),
  'residents.referralIn.save': (i, s) => saveReferralIn(requireSession(s), i),
  'residents.search': async (i, s) => searchResidents(requireSession(s).db, i, await viewerOf(requireSession(s))),
  'residents.possibleDuplicates': async (i, s) => possibleDuplicates(requireSession(s).db, i, await viewerOf(requireSession(s))),
  'residents.places': (i) => placesUnder(i),
  'residents.createRoom': (i, s) => createRoom(requireSession(s), i),
  'residents.editRoom': (i, s) => editRoom(requireSession(s), i),
  'residents.bedBoard': async (_i, s) => bedBoard(requireSession(s).db, await viewerOf(requireSession(s))),
  'residents.assignBed': (i, s) => assignBed(requireSession(s), i),
  'residents.discharge': (i, s) => dischargeResident(requireSession(s), i),
  'residents.readmit': (i, s) => readmitResident(requireSession(s), i),
  'residents.stayLimit': async (_i, s) => stayLimitList(requireSession(s).db, await viewerOf(requireSession(s))),
} satisfies SomeHandlers;
