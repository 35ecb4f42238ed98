import { firstLines } from './headline';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;

// What may stand before the date at the start of a line: a word naming it ("date", "Published:"),
// a place in brackets or capitals ("(Beijing)", "WASHINGTON,"), then perhaps a weekday.
const LEAD = /^[^\p{L}\d(]*(?:(?:[Dd]ated?|[Pp]ublished|[Uu]pdated|[Pp]osted)(?: on)?:?\s+|\([^)\n]{1,40}\)\s*|\p{Lu}[\p{Lu}\s.'’-]{1,30},\s+)?/u;
const WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+/i;

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?!\d)/;
const NUMERIC = /^(\d{1,2})([/.])(\d{1,2})\2(\d{4})(?!\d)/;
const MONTH_FIRST = new RegExp(`^${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'i');
const DAY_FIRST = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})(?!\\d)`, 'i');

/**
 * The date an article gives itself at its top, as `YYYY-MM-DD`: a date that opens one of its first two
 * lines ("06/19/2023 05:16", "date 2023-06-19 Antony Blinken will...", "WASHINGTON, June 19, 2023 —"),
 * after a headline perhaps. A date without a year, or one that reads as two different days
 * (05/06/2023), gives none: a wrong date would cut true links out of the time window.
 */
export function datelineOf(text: string): string | undefined {
  for (const line of firstLines(text)) {
    const date = line ? dateOpening(line) : undefined;
    if (date) return date;
  }
  return undefined;
}

/** A date written `YYYY-MM-DD` in a file's name ("nyt_2016-03-01_debate.txt"), or undefined. */
export function fileNameDate(path: string): string | undefined {
  const m = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(path.slice(path.lastIndexOf('/') + 1));
  return m ? isoDate(+m[1], +m[2], +m[3]) : undefined;
}

function dateOpening(line: string): string | undefined {
  const rest = line.slice(LEAD.exec(line)![0].length);
  const opening = rest.slice(WEEKDAY.exec(rest)?.[0].length ?? 0);
  let m = ISO.exec(opening);
  if (m) return isoDate(+m[1], +m[2], +m[3]);
  m = NUMERIC.exec(opening);
  if (m) {
    const [a, b, year] = [+m[1], +m[3], +m[4]];
    // Dots are written day first (19.06.2023); slashes either way, so only a part over 12 says which is the day.
    if (m[2] === '.') return isoDate(year, b, a);
    if (a > 12 && b <= 12) return isoDate(year, b, a);
    if (b > 12 && a <= 12) return isoDate(year, a, b);
    return a === b ? isoDate(year, a, b) : undefined;
  }
  m = MONTH_FIRST.exec(opening);
  if (m) return isoDate(+m[3], monthOf(m[1]), +m[2]);
  m = DAY_FIRST.exec(opening);
  if (m) return isoDate(+m[3], monthOf(m[2]), +m[1]);
  return undefined;
}

const monthOf = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/** The date written `YYYY-MM-DD`, or undefined when no calendar has it (2023-02-30). */
function isoDate(year: number, month: number, day: number): string | undefined {
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1) return undefined;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
