/**
 * The one list of month and weekday names and their abbreviations in the tree: the entity recogniser
 * (a capitalised day or month is no name), the sentence splitter (the full stop of "Sept." or "Tues."
 * ends no sentence) and the number detectors (dates) read their words from here.
 */

/** The months in calendar order (index = month, 0 = January). */
export const MONTH_NAMES: readonly string[] = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Abbreviated months, lower case, in calendar order ("may" is a full name, so it is not here), then "sept". */
export const MONTH_ABBREVIATIONS: readonly string[] = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec', 'sept'];

/** The days of the week, Sunday first (index = day, as `Date.getDay()`). */
export const WEEKDAY_NAMES: readonly string[] = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Abbreviated weekdays, lower case. */
export const WEEKDAY_ABBREVIATIONS: readonly string[] = ['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'];

/** Every month and weekday word above, lower case. */
export const CALENDAR_WORDS: readonly string[] = [
  ...WEEKDAY_NAMES.map((w) => w.toLowerCase()),
  ...WEEKDAY_ABBREVIATIONS,
  ...MONTH_NAMES.map((m) => m.toLowerCase()),
  ...MONTH_ABBREVIATIONS,
];
