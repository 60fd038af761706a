/** What tests/fixtures/attacks/attack-page.html puts on its window as `attack`: the page's own moves. */
export interface AttackPage {
  foreignHosts(): Element[];
  hover(el: Element): void;
  tap(el: Element): void;
  keys(list: string[]): void;
  clickHosts(): number;
  spy(): {
    hosts: number;
    shadowRoots: unknown[];
    attributes: string[];
    innerText: string;
    textContent: string;
  };
  finds(text: string): string;
}
