/**
 * The vocabulary part of the toolbar popup: lists, search/sort/filter, the items page by page
 * ("Show more"; the background sends 100 at a time, so 5,000 words open as fast as 100), export and
 * import, Send to Anki. Everything goes through `send`, so tests drive it with a fake background.
 */
import { t } from '../../shared/i18n';
import type { ItemPatch, VocabItem, VocabSort } from '../../core/vocab';
import { button, h, uid } from '../../ui/dom';
import { renderItemRow, type ItemRowHandlers } from './item-row';
import { ALL_LISTS, ListBar, wordCount } from './list-bar';
import { call } from '../../ui/background-call';
import type { Send } from '../../shared/send';
import { StatusLine } from '../../ui/status-line';
import { renderTransfer, type ExportSettings } from './transfer';
import { UndoBar } from './undo-bar';

export interface VocabPanelDeps {
  send: Send;
  download: (file: { fileName: string; mimeType: string; content: string }) => void;
  /** Opens the settings page where Send to Anki is set up. */
  openSettings: () => void;
  /** Opens this page in a tab (bigger, and file pickers work there); absent when already in a tab. */
  openInTab?: () => void;
  /** Import through a tab instead of a file input here (Firefox's toolbar popup). */
  importInTab?: boolean;
  pageSize?: number;
  /** Pause after the last keystroke before searching. */
  searchDelayMs?: number;
  /** How long Undo is offered after a deletion. */
  undoMs?: number;
  /** The export switches' stored defaults (BOM, leave out known words), read and remembered. */
  exportSettings?: ExportSettings;
}

type KnownFilter = 'all' | 'known' | 'unknown';

const SORTS: [VocabSort, string][] = [
  ['newest', t('vocabSortNewest')],
  ['oldest', t('vocabSortOldest')],
  ['word', t('vocabSortWord')],
  ['updated', t('vocabSortUpdated')],
];
const KNOWN: [KnownFilter, string][] = [
  ['all', t('vocabShowAll')],
  ['unknown', t('vocabShowUnknown')],
  ['known', t('vocabShowKnown')],
];

function select<T extends string>(doc: Document, id: string, options: [T, string][]): HTMLSelectElement {
  return h(
    doc,
    'select',
    { attrs: { id } },
    options.map(([value, label]) => h(doc, 'option', { text: label, attrs: { value } })),
  );
}

export class VocabPanel {
  readonly el: HTMLElement;
  private readonly status: StatusLine;
  private readonly undo: UndoBar;
  private readonly lists: ListBar;
  private readonly search: HTMLInputElement;
  private readonly sort: HTMLSelectElement;
  private readonly known: HTMLSelectElement;
  private readonly summary: HTMLElement;
  private readonly itemsEl: HTMLUListElement;
  private readonly more: HTMLButtonElement;
  private readonly pageSize: number;
  private loaded = 0;
  private total = 0;
  private seq = 0;
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly rowHandlers: ItemRowHandlers;

  constructor(
    private readonly doc: Document,
    private readonly deps: VocabPanelDeps,
  ) {
    this.pageSize = deps.pageSize ?? 100;
    this.status = new StatusLine(doc);
    this.undo = new UndoBar(doc, deps.undoMs);
    this.lists = new ListBar(doc, {
      select: () => void this.reload(),
      create: async (name) => {
        const { list } = await call(deps.send, { type: 'vocab-list-create', name });
        await this.refreshLists();
        this.status.info(t('vocabListCreated', list.name));
      },
      rename: async (listId, name) => {
        await call(deps.send, { type: 'vocab-list-rename', listId, name });
        await this.refreshLists();
        this.status.info(t('vocabListRenamed'));
      },
      remove: (listId) =>
        this.report(async () => {
          const { deletedItems } = await call(deps.send, { type: 'vocab-list-delete', listId });
          await this.refreshAll();
          this.status.info(t('vocabListDeleted', wordCount(deletedItems)));
        }),
      makeDefault: (listId) =>
        this.report(async () => {
          await call(deps.send, { type: 'vocab-list-default', listId });
          await this.refreshLists();
          this.status.info(t('vocabListDefault'));
        }),
    });
    this.rowHandlers = {
      edit: (item, patch) => this.editItem(item, patch),
      setKnown: (item, known) => this.setKnown(item, known),
      remove: (item, row) => this.removeItem(item, row),
    };

    const searchId = uid('search');
    const sortId = uid('sort');
    const knownId = uid('known-filter');
    this.search = h(doc, 'input', {
      attrs: { id: searchId, type: 'search', placeholder: 'word, reading, meaning…', autocomplete: 'off' },
    });
    this.search.addEventListener('input', () => {
      clearTimeout(this.searchTimer);
      this.searchTimer = setTimeout(() => void this.reload(), deps.searchDelayMs ?? 150);
    });
    this.search.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        clearTimeout(this.searchTimer);
        void this.reload();
      } else if (e.key === 'Escape' && this.search.value) {
        e.preventDefault();
        this.search.value = '';
        void this.reload();
      }
    });
    this.sort = select(doc, sortId, SORTS);
    this.known = select(doc, knownId, KNOWN);
    this.sort.addEventListener('change', () => void this.reload());
    this.known.addEventListener('change', () => void this.reload());
    this.summary = h(doc, 'p', { className: 'summary', attrs: { 'aria-live': 'polite' } });
    this.itemsEl = h(doc, 'ul', { className: 'items', attrs: { 'aria-label': 'Saved words' } });
    this.more = button(doc, 'Show more', () => void this.loadMore(), { className: 'more' });
    this.more.hidden = true;

    this.el = h(doc, 'section', { className: 'vocab', attrs: { 'aria-label': t('vocabTitle') } }, [
      h(doc, 'div', { className: 'vocab-head' }, [
        h(doc, 'h2', { text: t('vocabTitle') }),
        deps.openInTab ? button(doc, t('vocabOpenInTab'), deps.openInTab, { className: 'link' }) : null,
      ]),
      this.lists.el,
      h(doc, 'div', { className: 'row filters' }, [
        h(doc, 'label', { text: t('vocabSearch'), attrs: { for: searchId } }),
        this.search,
      ]),
      h(doc, 'div', { className: 'row filters' }, [
        h(doc, 'label', { text: t('vocabSort'), attrs: { for: sortId } }),
        this.sort,
        h(doc, 'label', { text: t('vocabShow'), attrs: { for: knownId } }),
        this.known,
      ]),
      this.status.el,
      this.undo.el,
      this.summary,
      this.itemsEl,
      this.more,
      renderTransfer(doc, {
        send: deps.send,
        status: this.status,
        listId: () => this.lists.selected,
        download: deps.download,
        imported: () => this.refreshAll(),
        ...(deps.importInTab && deps.openInTab ? { importInTab: deps.openInTab } : {}),
        ...(deps.exportSettings ? { exportSettings: deps.exportSettings } : {}),
      }),
      h(doc, 'div', { className: 'row anki' }, [
        button(doc, t('vocabSendToAnki'), () => void this.sendToAnki(), { attrs: { 'data-anki': 'send' } }),
        button(doc, t('vocabAnkiSettings'), () => deps.openSettings()),
      ]),
    ]);
  }

  /** Load lists and the first page. Resolves once both are shown. */
  async start(): Promise<void> {
    await this.refreshAll();
    this.el.setAttribute('data-ready', 'true');
  }

  /** Run a user action; its failure is shown in the status line (never dropped). */
  private async report(action: () => Promise<void>): Promise<void> {
    try {
      await action();
    } catch (e) {
      this.status.error(e);
    }
  }

  private async refreshLists(): Promise<void> {
    const overview = await call(this.deps.send, { type: 'vocab-overview' });
    this.lists.update(overview.lists, overview.counts);
  }

  private async refreshAll(): Promise<void> {
    await this.report(async () => {
      await this.refreshLists();
      await this.reload();
    });
  }

  private query(offset: number, limit: number) {
    const listId = this.lists.selected;
    const text = this.search.value.trim();
    return {
      type: 'vocab-query' as const,
      ...(listId !== ALL_LISTS ? { listId } : {}),
      ...(text ? { text } : {}),
      sort: this.sort.value as VocabSort,
      known: this.known.value as KnownFilter,
      offset,
      limit,
    };
  }

  /** First page of the current query (or as many as are shown, to keep the place after an undo). */
  async reload(keepShown = false): Promise<void> {
    const seq = ++this.seq;
    const text = this.search.value.trim();
    this.el.setAttribute('data-state', 'loading');
    const limit = keepShown ? Math.min(500, Math.max(this.loaded, this.pageSize)) : this.pageSize;
    try {
      const page = await call(this.deps.send, this.query(0, limit));
      // A newer search started while this one was on its way: its answer wins.
      if (seq !== this.seq) return;
      this.itemsEl.replaceChildren(...page.items.map((i) => renderItemRow(this.doc, i, this.rowHandlers)));
      this.loaded = page.items.length;
      this.total = page.total;
      this.renderSummary();
    } catch (e) {
      if (seq === this.seq) this.status.error(e);
    } finally {
      if (seq === this.seq) {
        this.el.setAttribute('data-query', text);
        this.el.setAttribute('data-state', 'ready');
      }
    }
  }

  private async loadMore(): Promise<void> {
    const seq = this.seq;
    await this.report(async () => {
      const page = await call(this.deps.send, this.query(this.loaded, this.pageSize));
      if (seq !== this.seq) return;
      const rows = page.items.map((i) => renderItemRow(this.doc, i, this.rowHandlers));
      this.itemsEl.append(...rows);
      this.loaded += page.items.length;
      this.total = page.total;
      this.renderSummary();
      // Keyboard users continue where the new items start.
      rows[0]?.querySelector<HTMLElement>('a, input, button')?.focus();
    });
  }

  private renderSummary(): void {
    const q = this.search.value.trim();
    const words = wordCount(this.total);
    this.summary.textContent =
      this.total === 0
        ? q
          ? t('vocabNoMatch', q)
          : t('vocabEmpty')
        : `${words}${q ? t('vocabMatching', q) : ''}${this.loaded < this.total ? t('vocabShowing', String(this.loaded)) : ''}`;
    this.more.hidden = this.loaded >= this.total;
  }

  private async editItem(item: VocabItem, patch: ItemPatch): Promise<VocabItem> {
    const { item: next } = await call(this.deps.send, { type: 'vocab-edit', itemId: item.id, patch });
    this.status.info(t('vocabSavedWord', next.dictionaryForm));
    return next;
  }

  private async setKnown(item: VocabItem, known: boolean): Promise<VocabItem> {
    try {
      const { item: next } = await call(this.deps.send, { type: 'vocab-mark-known', itemId: item.id, known });
      this.status.info(
        known ? t('vocabMarkedKnown', next.dictionaryForm) : t('vocabToLearn', next.dictionaryForm),
      );
      void this.refreshLists().catch((e: unknown) => this.status.error(e));
      return next;
    } catch (e) {
      this.status.error(e);
      throw e;
    }
  }

  private async removeItem(item: VocabItem, row: HTMLElement): Promise<void> {
    await this.report(async () => {
      const { undoToken, word } = await call(this.deps.send, { type: 'vocab-delete-item', itemId: item.id });
      row.remove();
      this.loaded--;
      this.total--;
      this.renderSummary();
      this.status.clear();
      this.undo.offer(t('vocabDeleted', word), () =>
        this.report(async () => {
          await call(this.deps.send, { type: 'vocab-undo', token: undoToken });
          await this.refreshLists();
          await this.reload(true);
          this.status.info(t('vocabBack', word));
          const back = [...this.itemsEl.children].find((r) => (r as HTMLElement).dataset.itemId === item.id);
          back?.querySelector<HTMLElement>('input, button')?.focus();
        }),
      );
      await this.refreshLists();
    });
  }

  private async sendToAnki(): Promise<void> {
    await this.report(async () => {
      const setup = await call(this.deps.send, { type: 'anki-settings' });
      if (!setup.settings || !setup.permission) {
        this.status.info(t('vocabAnkiSetupFirst'));
        this.deps.openSettings();
        return;
      }
      this.status.info(t('ankiSending'));
      const listId = this.lists.selected;
      const r = await call(this.deps.send, { type: 'anki-send', ...(listId ? { listId } : {}) });
      const message = t(
        'vocabAnkiReport',
        String(r.added),
        r.duplicates.length ? t('vocabAnkiDuplicates', String(r.duplicates.length)) : '',
        r.failed.length
          ? t(
              'vocabAnkiFailed',
              String(r.failed.length),
              r.failed.map((f) => `${f.word}: ${f.reason}`).join('; '),
            )
          : '',
      );
      if (r.failed.length) this.status.error(message);
      else this.status.info(message);
    });
  }
}
