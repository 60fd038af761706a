/**
 * The toolbar button says what furigana does in each tab: on, off here (this tab or this site), off
 * everywhere, or the dictionary still loading. Per-tab badges are set when a page asks for its state
 * and when a switch pushes one; the loading mark covers every tab known to have our script.
 */
import browser from 'webextension-polyfill';
import type { HostRequest, PageState } from '../shared/messages';
import { t } from '../shared/i18n';
import type { AnalysisRouter } from './analysis-router';

type BadgeKind = 'on' | 'off-here' | 'off' | 'loading';

function badgeKind(state: PageState, loading: boolean): BadgeKind {
  if (!state.enabled) return state.everywhere ? 'off-here' : 'off';
  return loading ? 'loading' : 'on';
}

const COLOURS: Record<BadgeKind, string> = {
  on: '#1f7a3a',
  'off-here': '#b4540a',
  off: '#666666',
  loading: '#2357a8',
};

function badgeLook(kind: BadgeKind, state: PageState): { text: string; colour: string; title: string } {
  const colour = COLOURS[kind];
  switch (kind) {
    case 'on':
      return { text: t('badgeOn'), colour, title: t('badgeTitleOn') };
    case 'loading':
      return { text: '…', colour, title: t('badgeTitleLoading') };
    case 'off':
      return { text: t('badgeOff'), colour, title: t('badgeTitleOffEverywhere') };
    case 'off-here':
      return {
        text: t('badgeOff'),
        colour,
        title: state.siteDisabled ? t('badgeTitleOffSite', state.site) : t('badgeTitleOffTab'),
      };
  }
}

export class Badges {
  private readonly states = new Map<number, PageState>();
  private loading = false;

  async show(tabId: number, state: PageState): Promise<void> {
    this.states.set(tabId, state);
    await this.render(tabId, state);
  }

  forget(tabId: number): void {
    this.states.delete(tabId);
  }

  async setLoading(loading: boolean): Promise<void> {
    if (this.loading === loading) return;
    this.loading = loading;
    await Promise.all([...this.states].map(([tabId, state]) => this.render(tabId, state)));
  }

  private async render(tabId: number, state: PageState): Promise<void> {
    // Firefox for Android shows no toolbar button to badge.
    if (!browser.action?.setBadgeText) return;
    const look = badgeLook(badgeKind(state, this.loading), state);
    // A tab closed meanwhile rejects; nothing to show then.
    await Promise.all([
      browser.action.setBadgeText({ tabId, text: look.text }),
      browser.action.setBadgeBackgroundColor({ tabId, color: look.colour }),
      browser.action.setTitle({ tabId, title: look.title }),
    ]).catch(() => undefined);
  }
}

/** A request slower than this asks the host whether it is loading (a warm host answers sooner). */
const SLOW_MS = 150;

/**
 * Marks the dictionary as loading while analysis requests wait for the host: the first request of a
 * worker, and any request slower than SLOW_MS (the host's document may have been closed and is loading
 * again). The host's stats answer at once, loaded or not, so they tell a load from a slow page.
 */
export function withLoadingBadge(router: AnalysisRouter, badges: Badges): AnalysisRouter {
  let checked = false;
  return (async (req: HostRequest) => {
    if (req.type === 'host-stats') return router(req);
    const result = router(req);
    let settled = false;
    void result.then(
      () => (settled = true),
      () => (settled = true),
    );
    if (checked) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([
        result.catch(() => undefined),
        new Promise((r) => (timer = setTimeout(r, SLOW_MS))),
      ]);
      clearTimeout(timer);
    }
    checked = true;
    if (!settled) {
      const stats = await router({ type: 'host-stats' }).catch(() => null);
      if (stats?.ok && !stats.loaded) {
        await badges.setLoading(true);
        await result.catch(() => undefined);
        await badges.setLoading(false);
      }
    }
    return result;
  }) as AnalysisRouter;
}
