import { t } from '../shared/i18n';

/** Where the dictionaries come from, and their licences: shown wherever dictionary data is. */
export function mountAboutData(section: HTMLElement, licenceUrl: (file: string) => string): void {
  const doc = section.ownerDocument;
  const h2 = doc.createElement('h2');
  h2.textContent = t('dataTitle');
  const p = doc.createElement('p');
  p.textContent = t('dataCredit');
  const links = doc.createElement('p');
  for (const [file, label] of [
    ['ATTRIBUTION.md', t('dataSources')],
    ['EDRDG-licence.md', t('dataEdrdgLicence')],
    ['CC-BY-SA-3.0.md', 'CC BY-SA 3.0'],
    ['kuromoji-NOTICE.md', t('dataKuromojiNotice')],
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
