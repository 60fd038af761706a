/** Build-time constants injected by vite.config.ts. */
declare const __TARGET__: 'chrome' | 'firefox';
/** Where the tokenizer lives: Chrome offscreen document, Chrome service worker, or Firefox background. */
declare const __TOKENIZER_HOST__: 'offscreen' | 'worker' | 'background';
