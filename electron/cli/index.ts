// First import, so it runs before the rest of the CLI loads: the password leaves the environment.
import './take-environment-password';
import { main } from './main';

// No top-level await: this file is also loaded as CommonJS by bin.cjs through tsx.
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
