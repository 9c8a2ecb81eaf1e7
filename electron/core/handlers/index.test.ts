import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from '../../../shared/contract';
import { handlers } from '.';

describe('handlers', () => {
  it('has exactly one handler per contract channel, and nothing extra', () => {
    expect(Object.keys(handlers).sort()).toEqual([...CHANNEL_NAMES].sort());
  });

  it.each(CHANNEL_NAMES)('%s is a function', (name) => {
    expect(typeof handlers[name]).toBe('function');
  });
});
