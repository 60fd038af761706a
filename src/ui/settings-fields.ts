/**
 * Which settings each page shows, in which order. The settings page shows every group; the toolbar
 * popup the everyday ones. Sections of other features add their own group here.
 */
import { TERM_KINDS } from '../core/types';
import type { MessageKey } from '../shared/i18n';
import type { FieldSpec } from './settings-form';

const KIND_LABELS: Record<(typeof TERM_KINDS)[number], MessageKey> = {
  person: 'kindPerson',
  org: 'kindOrg',
  acronym: 'kindAcronym',
  place: 'kindPlace',
  product: 'kindProduct',
  event: 'kindEvent',
  other: 'kindOther',
};

const RUBY_SIZE: FieldSpec = {
  section: 'look',
  name: 'rubySize',
  kind: 'number',
  label: 'settingRubySize',
  unit: 'unitPercent',
  min: 30,
  max: 100,
  step: 5,
};

const POPUP_TRIGGER: FieldSpec = {
  section: 'look',
  name: 'popupTrigger',
  kind: 'select',
  label: 'settingPopupTrigger',
  options: [
    { value: 'hover', label: 'triggerHover' },
    { value: 'hover-modifier', label: 'triggerHoverModifier' },
    { value: 'click', label: 'triggerClick' },
  ],
};

const KEYBOARD_TERMS: FieldSpec = {
  section: 'access',
  name: 'keyboardTerms',
  kind: 'checkbox',
  label: 'settingKeyboardTerms',
  hint: 'settingKeyboardTermsHint',
};

export const LOOK_FIELDS: readonly FieldSpec[] = [
  RUBY_SIZE,
  {
    section: 'look',
    name: 'rubyColour',
    kind: 'colour',
    label: 'settingRubyColour',
    auto: 'settingColourAuto',
  },
  {
    section: 'look',
    name: 'markedKinds',
    kind: 'set',
    label: 'settingMarkedKinds',
    hint: 'settingMarkedKindsHint',
    options: TERM_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] })),
  },
  POPUP_TRIGGER,
  {
    section: 'look',
    name: 'popupModifier',
    kind: 'select',
    label: 'settingPopupModifier',
    options: [
      { value: 'Shift', label: 'keyShift' },
      { value: 'Alt', label: 'keyAlt' },
      { value: 'Control', label: 'keyControl' },
    ],
  },
  {
    section: 'look',
    name: 'hoverDelayMs',
    kind: 'number',
    label: 'settingHoverDelay',
    unit: 'unitMs',
    min: 0,
    max: 2000,
    step: 10,
  },
];

export const ACCESS_FIELDS: readonly FieldSpec[] = [
  {
    section: 'access',
    name: 'speakReadings',
    kind: 'checkbox',
    label: 'settingSpeakReadings',
    hint: 'settingSpeakReadingsHint',
  },
  KEYBOARD_TERMS,
];

/** Which readings show and how small they may get (furigana-prefs.ts; the level is in the toolbar popup). */
export const FURIGANA_FIELDS: readonly FieldSpec[] = [
  {
    section: 'furigana',
    name: 'mode',
    kind: 'select',
    label: 'settingFuriganaMode',
    options: [
      { value: 'all', label: 'modeAll' },
      { value: 'level', label: 'modeLevel' },
      { value: 'unknown', label: 'modeUnknown' },
      { value: 'hover', label: 'modeHover' },
      { value: 'off', label: 'modeOff' },
    ],
  },
  {
    section: 'furigana',
    name: 'script',
    kind: 'select',
    label: 'settingReadingScript',
    options: [
      { value: 'hiragana', label: 'scriptHiragana' },
      { value: 'katakana', label: 'scriptKatakana' },
      { value: 'romaji', label: 'scriptRomaji' },
    ],
  },
  {
    section: 'furigana',
    name: 'minRubyPx',
    kind: 'number',
    label: 'settingMinRubyPx',
    unit: 'unitPx',
    min: 6,
    max: 32,
    step: 1,
  },
  {
    section: 'furigana',
    name: 'minRubyEm',
    kind: 'number',
    label: 'settingMinRubyEm',
    unit: 'unitEm',
    min: 0.3,
    max: 1,
    step: 0.05,
  },
];

export const EXPORT_FIELDS: readonly FieldSpec[] = [
  { section: 'export', name: 'csvBom', kind: 'checkbox', label: 'settingCsvBom', hint: 'settingCsvBomHint' },
  { section: 'export', name: 'excludeKnown', kind: 'checkbox', label: 'settingExcludeKnown' },
];

/** The toolbar popup's everyday settings (the rest are on the settings page). */
export const EVERYDAY_FIELDS: readonly FieldSpec[] = [RUBY_SIZE, POPUP_TRIGGER, KEYBOARD_TERMS];
