/**
 * Popup CSS, injected into the popup's shadow root (inline so page CSP and page styles cannot
 * reach it; `all: initial` on the host stops inherited page styles).
 */
export const POPUP_CSS = `
:host { all: initial; position: fixed; z-index: 2147483647; top: 0; left: 0; }
.popup { box-sizing: border-box; max-width: min(420px, calc(100vw - 16px)); max-height: min(60vh, 480px);
  overflow: auto; font: 14px/1.5 system-ui, "IPAGothic", "Noto Sans CJK JP", sans-serif;
  background: #fffdf7; color: #1e1e1e; border: 1px solid #c9c2b0; border-radius: 8px;
  box-shadow: 0 4px 18px rgba(0,0,0,.18); padding: 10px 12px; }
.popup.dark { background: #23252b; color: #ececec; border-color: #4a4e57; box-shadow: 0 4px 18px rgba(0,0,0,.6); }
.term { border-bottom: 1px solid rgba(127,127,127,.35); padding-bottom: 8px; margin-bottom: 8px; }
.head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 6px 10px; }
.surface { font-size: 20px; font-weight: 600; }
.reading { color: #7a4b00; }
.dark .reading { color: #f3c77b; }
.english { font-weight: 600; }
.badge { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; border-radius: 4px;
  padding: 0 6px; background: #e4ecf7; color: #1f4c8f; }
.dark .badge { background: #2d3e58; color: #bcd3f5; }
.badge.common { background: #e3f3e3; color: #1d6b1d; }
.dark .badge.common { background: #254425; color: #b8e6b8; }
.badge.unverified { background: #fbe9d0; color: #8a4b00; }
.description { margin: 2px 0 0; }
.entry { margin: 6px 0; }
.entry + .entry { border-top: 1px dashed rgba(127,127,127,.3); padding-top: 6px; }
.from { font-size: 12px; opacity: .75; }
ol { margin: 2px 0 0; padding-left: 20px; }
.tags { font-size: 11px; opacity: .7; margin-right: 4px; }
.actions { display: flex; gap: 8px; margin-top: 8px; flex-wrap: wrap; }
button { font: inherit; font-size: 13px; padding: 3px 10px; border-radius: 6px; cursor: pointer;
  border: 1px solid #b9b1a0; background: #f4efe4; color: inherit; }
.dark button { border-color: #5a5f6b; background: #30333b; }
button:focus-visible { outline: 2px solid #3b82f6; outline-offset: 1px; }
/* The page can measure the host's box: what is private (saved or not, list names) must not change its
   size. The status line is always there, one line high; action buttons have one width. */
.actions button { width: 11.5em; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.status { font-size: 12px; margin-top: 6px; height: 1.5em; white-space: nowrap; overflow: hidden;
  text-overflow: ellipsis; }
.status.error { height: auto; white-space: normal; }
.status.error { color: #b00020; }
.dark .status.error { color: #ff8a8a; }
.credit { font-size: 11px; opacity: .7; margin-top: 8px; }
mark.span { background: #fff0b3; color: inherit; border-radius: 3px; padding: 0 2px; }
.dark mark.span { background: #5a4a12; }
.kanji-card .kanji { font-size: 40px; line-height: 1.1; }
.kanji-card dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 6px 0 0; }
.kanji-card dt { font-size: 12px; opacity: .7; }
.kanji-card dd { margin: 0; }
`;
