// The counts reporter in the shape mocha's --reporter <path> loads (module.exports = the class).
import { CountsReporter } from './countsReporter';

export = CountsReporter;
