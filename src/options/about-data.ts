/** Where the dictionaries come from, and their licences: shown wherever dictionary data is. */
export function mountAboutData(section: HTMLElement, licenceUrl: (file: string) => string): void {
  const doc = section.ownerDocument;
  const h2 = doc.createElement('h2');
  h2.textContent = 'Dictionary data';
  const p = doc.createElement('p');
  p.textContent =
    'Word entries, names and kanji readings come from EDICT, ENAMDICT and KANJIDIC, property of the ' +
    'Electronic Dictionary Research and Development Group (EDRDG), used under the EDRDG licence ' +
    '(Creative Commons Attribution-ShareAlike 3.0). The tokenizer is kuromoji with the IPADIC ' +
    'dictionary. The news glossary of names and acronyms is Yomitoki’s own. Everything ships with ' +
    'the extension: nothing is looked up online.';
  const links = doc.createElement('p');
  for (const [file, label] of [
    ['ATTRIBUTION.md', 'Sources and acknowledgements'],
    ['EDRDG-licence.md', 'EDRDG licence'],
    ['CC-BY-SA-3.0.md', 'CC BY-SA 3.0'],
    ['kuromoji-NOTICE.md', 'kuromoji / IPADIC notice'],
  ] as const) {
    const a = doc.createElement('a');
    a.href = licenceUrl(file);
    a.target = '_blank';
    a.textContent = label;
    links.append(a, doc.createTextNode(' · '));
  }
  links.lastChild?.remove();
  section.replaceChildren(h2, p, links);
}
