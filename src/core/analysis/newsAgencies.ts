/**
 * News agencies under the names articles give them. An article translated from another language
 * names an agency in that language's words ("the New China news agency" is Xinhua, "the German
 * Press Agency" is dpa), which no rule about a name's letters can tell, and news about one event
 * cites the agencies constantly. Each row is the name an agency goes by, then the other forms it is
 * written in, in the lower case of `nameKey`. Acronyms are left to the corpus ("AFP" joins
 * "Agence France-Presse" by its initials where both are written), since several stand for other
 * bodies too ("PTI", "PAP", "MENA").
 */
const AGENCIES: readonly (readonly string[])[] = [
  ['agence france-presse', 'agence france presse', 'france-presse', 'french press agency'],
  ['associated press'],
  ['reuters'],
  ['xinhua', 'xinhua news agency', 'new china news agency'],
  ['deutsche presse-agentur', 'deutsche presse agentur', 'german press agency'],
  ['austria presse agentur', 'austria presse-agentur', 'austrian press agency'],
  ['tass', 'itar-tass', 'russian news agency tass'],
  ['ria novosti', 'russian information agency novosti'],
  ['yonhap', 'yonhap news agency'],
  ['kyodo', 'kyodo news', 'kyodo news agency'],
  ['agencia efe', 'efe news agency'],
  ['anadolu agency', 'anadolu news agency'],
];

/**
 * Forms that name an agency only when a word such as "agency" follows them in lower case
 * ("the New China news agency"): written alone, "New China" is the country after 1949.
 */
const CUED: ReadonlyMap<string, string> = new Map([['new china', 'xinhua']]);

const NAMES: ReadonlyMap<string, string> = new Map(AGENCIES.flatMap((forms) => forms.map((form) => [form, forms[0]] as const)));

/**
 * The name a news agency goes by, for that name or another form of it (`key` as nameKey gives it),
 * or undefined; `cued` says that the words around the name call it an organisation ("the X news agency").
 * So "Xinhua said ..." opening a sentence is the agency, as a single capitalised word there is not.
 */
export function newsAgencyName(key: string, cued: boolean): string | undefined {
  return NAMES.get(key) ?? (cued ? CUED.get(key) : undefined);
}
