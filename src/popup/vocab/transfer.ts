/**
 * Export (Anki TSV, CSV with optional BOM, JSON backup) and import (JSON backup or CSV). An import
 * is checked first and shows its preview (new / updated / skipped) or its problems (line, field,
 * reason); only "Import" applies it, and the background applies it whole or not at all.
 */
import type { ImportIssue, ImportPreview } from '../../core/vocab';
import type { ExportFormat } from '../../core/vocab/export/file-name';
import { t } from '../../shared/i18n';
import { button, h, onEscape, uid } from '../../ui/dom';
import { call } from '../../ui/background-call';
import type { Send } from '../../shared/send';
import type { StatusLine } from '../../ui/status-line';

export interface TransferDeps {
  send: Send;
  status: StatusLine;
  /** The selected list ('' = all lists); TSV and CSV export only that list. */
  listId: () => string;
  download: (file: { fileName: string; mimeType: string; content: string }) => void;
  /** After an import changed the lists. */
  imported: () => Promise<void>;
  /**
   * Set where a file picker cannot be used (Firefox closes the toolbar popup when one opens): the
   * import control then opens this page in a tab instead.
   */
  importInTab?: () => void;
  /** Stored defaults of the export switches; a change is remembered. */
  exportSettings?: ExportSettings;
}

export interface ExportSettings {
  read(): Promise<{ csvBom: boolean; excludeKnown: boolean }>;
  save(patch: { csvBom?: boolean; excludeKnown?: boolean }): Promise<unknown>;
}

const MAX_ISSUES_SHOWN = 20;

function previewText(p: ImportPreview): string {
  const parts = [t('vocabPreviewCounts', String(p.new), String(p.updated), String(p.skipped))];
  if (p.newLists.length) parts.push(t('vocabPreviewLists', p.newLists.join(', ')));
  if (p.knownWords) parts.push(t('vocabPreviewKnown', String(p.knownWords)));
  if (p.readingCorrections) parts.push(t('vocabPreviewFixes', String(p.readingCorrections)));
  return parts.join(' · ');
}

export function renderTransfer(doc: Document, deps: TransferDeps): HTMLElement {
  const bomId = uid('bom');
  const bom = h(doc, 'input', { attrs: { type: 'checkbox', id: bomId } });
  // With a BOM by default: Excel shows UTF-8 without one as mojibake.
  bom.checked = true;
  const knownId = uid('exclude-known');
  const excludeKnown = h(doc, 'input', { attrs: { type: 'checkbox', id: knownId } });
  if (deps.exportSettings) {
    const stored = deps.exportSettings;
    void stored
      .read()
      .then((s) => {
        bom.checked = s.csvBom;
        excludeKnown.checked = s.excludeKnown;
      })
      .catch(() => undefined);
    bom.addEventListener('change', () => void stored.save({ csvBom: bom.checked }).catch(() => undefined));
    excludeKnown.addEventListener(
      'change',
      () => void stored.save({ excludeKnown: excludeKnown.checked }).catch(() => undefined),
    );
  }
  const exportAs = (format: ExportFormat) => async () => {
    try {
      const listId = deps.listId();
      const file = await call(deps.send, {
        type: 'vocab-export',
        format,
        ...(listId ? { listId } : {}),
        ...(format === 'csv' ? { bom: bom.checked } : {}),
        ...(format !== 'json' && excludeKnown.checked ? { excludeKnown: true } : {}),
      });
      deps.download(file);
      deps.status.info(t('vocabExported', file.fileName));
    } catch (e) {
      deps.status.error(e);
    }
  };

  const fileId = uid('import');
  const file = h(doc, 'input', {
    attrs: { type: 'file', id: fileId, accept: '.json,.csv,.txt,application/json,text/csv' },
  });
  const review = h(doc, 'div', { className: 'import-review' });
  const close = () => {
    review.replaceChildren();
    file.value = '';
    file.focus();
  };
  onEscape(review, close);

  file.addEventListener('change', async () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    review.replaceChildren(h(doc, 'p', { text: t('vocabChecking', chosen.name) }));
    let text: string;
    try {
      text = await chosen.text();
      const checked = await call(deps.send, { type: 'vocab-import', text, apply: false });
      if (!checked.valid) {
        showProblems(doc, review, chosen.name, checked.errors, close);
        return;
      }
      const apply = button(doc, t('vocabImport'), async () => {
        apply.disabled = true;
        try {
          const done = await call(deps.send, { type: 'vocab-import', text, apply: true });
          if (!done.valid) {
            showProblems(doc, review, chosen.name, done.errors, close);
            return;
          }
          review.replaceChildren();
          file.value = '';
          await deps.imported();
          deps.status.info(t('vocabImported', chosen.name, previewText(done.preview)));
        } catch (e) {
          apply.disabled = false;
          deps.status.error(e);
        }
      });
      review.replaceChildren(
        h(doc, 'div', { className: 'preview', attrs: { role: 'group', 'aria-label': 'Import preview' } }, [
          h(doc, 'p', {
            className: 'preview-counts',
            text: `${chosen.name}: ${previewText(checked.preview)}`,
          }),
          apply,
          button(doc, t('vocabCancel'), close),
        ]),
      );
      apply.focus();
    } catch (e) {
      review.replaceChildren();
      deps.status.error(e);
    }
  });

  return h(doc, 'section', { className: 'transfer', attrs: { 'aria-label': 'Export and import' } }, [
    h(doc, 'div', { className: 'row export' }, [
      h(doc, 'span', { className: 'label', text: t('vocabExport') }),
      button(doc, 'Anki TSV', exportAs('anki-tsv'), { attrs: { 'data-export': 'anki-tsv' } }),
      button(doc, 'CSV', exportAs('csv'), { attrs: { 'data-export': 'csv' } }),
      h(doc, 'label', { className: 'inline' }, [bom, ' BOM (Excel)']),
      button(doc, 'JSON backup', exportAs('json'), { attrs: { 'data-export': 'json' } }),
    ]),
    h(doc, 'div', { className: 'row export-options' }, [
      h(doc, 'label', { className: 'inline' }, [excludeKnown, ` ${t('exportExcludeKnown')}`]),
    ]),
    h(
      doc,
      'div',
      { className: 'row import' },
      deps.importInTab
        ? [button(doc, 'Import a file… (opens in a tab)', deps.importInTab)]
        : [h(doc, 'label', { text: t('vocabImportLabel'), attrs: { for: fileId } }), file],
    ),
    review,
  ]);
}

function showProblems(
  doc: Document,
  review: HTMLElement,
  name: string,
  errors: ImportIssue[],
  close: () => void,
): void {
  const shown = errors.slice(0, MAX_ISSUES_SHOWN);
  const more = errors.length - shown.length;
  const dismiss = button(doc, t('vocabClose'), close);
  review.replaceChildren(
    h(doc, 'div', { className: 'import-errors', attrs: { role: 'alert' } }, [
      h(doc, 'p', { text: `${name} was not imported; nothing was changed:` }),
      h(doc, 'ul', {}, [
        ...shown.map((e) => h(doc, 'li', { text: e.message })),
        more > 0 ? h(doc, 'li', { text: t('vocabMoreIssues', String(more)) }) : null,
      ]),
      dismiss,
    ]),
  );
  dismiss.focus();
}
