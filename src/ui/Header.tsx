// The top bar: protocol picker, lessons, import/export, copy link, theme and help.

import { useRef, type ReactNode } from 'react';
import { PROTOCOL_NAMES, type ProtocolName } from '../protocols/registry';
import { LESSON_INDEX, lessonTitleKey } from '../lessons/lesson-index';
import { loadLessons } from '../lessons/registry';
import { t } from '../i18n/translate';
import { LIMITS } from '../scenario/format';
import { plainOrQuoted } from '../scenario/quote';
import { decodeScenarioBytes } from '../scenario/read-text';
import { parseScenarioText, problemText } from '../scenario/validate';
import { loadUrlSync } from '../store/load-url-sync';
import { useAppStore, useAppStoreApi } from './store-context';
import { LanguageSwitch } from './LanguageSwitch';

const PROTOCOL_LABELS: Record<ProtocolName, string> = { raft: 'Raft', paxos: 'Paxos', '2pc': '2PC', '3pc': '3PC' };

export function Header({ theme, onToggleTheme, onHelp, tools, explorerOpen, onExplorer }: { theme: 'light' | 'dark'; onToggleTheme(): void; onHelp(): void; tools?: ReactNode; explorerOpen?: boolean; onExplorer?(): void }) {
  const protocol = useAppStore((s) => s.scenario.protocol);
  const setProtocol = useAppStore((s) => s.setProtocol);
  const store = useAppStoreApi();
  return (
    <header className="app-header">
      <h1>
        <span aria-hidden="true" className="logo">
          ◉
        </span>{' '}
        {t('controls.appName')}
      </h1>
      <div role="radiogroup" aria-label={t('controls.protocol')} className="protocol-picker">
        {PROTOCOL_NAMES.map((name) => (
          <button
            key={name}
            type="button"
            role="radio"
            aria-checked={protocol === name}
            title={t(`controls.protocolTitle.${name}`)}
            onClick={() => setProtocol(name)}
            onKeyDown={(event) => {
              const i = PROTOCOL_NAMES.indexOf(name);
              const step = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? -1 : 0;
              if (step === 0) return;
              event.preventDefault();
              event.stopPropagation();
              const next = PROTOCOL_NAMES[(i + step + PROTOCOL_NAMES.length) % PROTOCOL_NAMES.length];
              setProtocol(next);
              (event.currentTarget.parentElement?.children[PROTOCOL_NAMES.indexOf(next)] as HTMLElement | undefined)?.focus();
            }}
            tabIndex={protocol === name ? 0 : -1}
          >
            {PROTOCOL_LABELS[name]}
          </button>
        ))}
      </div>
      <LessonPicker />
      <div className="header-actions">
        {tools}
        {onExplorer && (
          <button type="button" className="explorer-toggle" aria-expanded={explorerOpen ?? false} aria-controls="explorer-panel" onClick={onExplorer}>
            {t('explorer.open')}
          </button>
        )}
        <PresenterButton />
        <ImportButton />
        <button type="button" onClick={() => exportScenario(store.getState().scenario)}>
          {t('controls.export')}
        </button>
        <CopyLinkButton />
        <LanguageSwitch />
        <button type="button" aria-pressed={theme === 'dark'} onClick={onToggleTheme} title={t('controls.themeHint')}>
          {theme === 'dark' ? t('controls.themeDark') : t('controls.themeLight')}
        </button>
        <button type="button" onClick={onHelp} aria-label={t('controls.help')} title={t('controls.helpHint')}>
          ?
        </button>
      </div>
    </header>
  );
}

function PresenterButton() {
  const presenter = useAppStore((s) => s.presenter);
  const togglePresenter = useAppStore((s) => s.togglePresenter);
  return (
    <button type="button" className="presenter-toggle" aria-pressed={presenter} onClick={togglePresenter} title={t('classroom.presenterHint')}>
      {t('classroom.presenter')}
    </button>
  );
}

function exportScenario(scenario: object): void {
  const blob = new Blob([JSON.stringify(scenario, null, 2) + '\n'], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = 'scenario.json';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function ImportButton() {
  const input = useRef<HTMLInputElement>(null);
  const store = useAppStoreApi();
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        {t('controls.import')}
      </button>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        className="visually-hidden"
        tabIndex={-1}
        aria-label={t('controls.importFile')}
        onChange={async (event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (!file) return;
          const state = store.getState();
          // The same door as the CLI's: a byte cap before reading, strict UTF-8, BOM dropped.
          if (file.size > LIMITS.jsonBytesMax) return state.setError(t('controls.importTooLarge'));
          const text = decodeScenarioBytes(new Uint8Array(await file.arrayBuffer()));
          const result = text.ok ? parseScenarioText(text.text) : text;
          if (result.ok) {
            state.loadScenario(result.scenario);
            state.setError(null);
            state.setNotice(t('controls.imported', { name: plainOrQuoted(file.name) }));
          } else state.setError(t('controls.importFailed', { error: problemText(result.problem) }));
        }}
      />
    </>
  );
}

/** Copy text with the Clipboard API, or with a hidden text area where it is missing or refused. */
async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall back below
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

function CopyLinkButton() {
  const store = useAppStoreApi();
  return (
    <button
      type="button"
      className="primary"
      onClick={async () => {
        const { fragmentOf } = await loadUrlSync();
        const state = store.getState();
        const fragment = fragmentOf(state);
        history.replaceState(history.state, '', fragment);
        const url = location.href.split('#')[0] + fragment;
        const ok = await copyText(url);
        state.setNotice(ok ? t('controls.linkCopied') : t('controls.copyFailed'));
      }}
    >
      {t('controls.copyLink')}
    </button>
  );
}

/** The lesson picker: a combobox named "Lesson" that shows the open lesson's title. */
function LessonPicker() {
  const current = useAppStore((s) => s.lesson?.id ?? '');
  const startLesson = useAppStore((s) => s.startLesson);
  const closeLesson = useAppStore((s) => s.closeLesson);
  const setError = useAppStore((s) => s.setError);
  return (
    <label className="lesson-picker">
      <span className="visually-hidden">{t('lessonPanel.picker')}</span>
      <select
        aria-label={t('lessonPanel.picker')}
        value={current}
        onChange={(event) => {
          const id = event.target.value;
          // Keys go to the app again (Space plays), not to the picker.
          event.currentTarget.blur();
          if (id === '') closeLesson();
          else
            loadLessons().then(
              () => startLesson(id),
              () => setError(t('lessonPanel.loadFailed')),
            );
        }}
      >
        <option value="">{t('lessonPanel.pickerNone')}</option>
        {PROTOCOL_NAMES.map((name) => (
          <optgroup key={name} label={PROTOCOL_LABELS[name]}>
            {LESSON_INDEX.filter((l) => l.protocol === name).map((l) => (
              <option key={l.id} value={l.id}>
                {t(lessonTitleKey(l.id))}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}
