/** Applies the command line's V8 flags (see v8flags.ts) as it loads: imported first by main.ts. */
import v8 from 'node:v8';
import { cliV8Flags } from './v8flags';

for (const flag of cliV8Flags()) v8.setFlagsFromString(flag);
