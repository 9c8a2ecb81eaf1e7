import { initCommand } from './init';
import { doctorCommand } from './doctor';
import { usersListCommand } from './users-list';
import type { Command } from './command';

export const COMMANDS: readonly Command[] = [initCommand, doctorCommand, usersListCommand];
