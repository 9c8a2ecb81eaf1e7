import { takeEnvironmentPassword } from './environment-password';

// A module of its own so that importing it first runs this before any other module.
takeEnvironmentPassword();
