// Test helper: render part of the UI around a fresh store.
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createAppStore, type TestStoreOptions as AppStoreOptions } from '../fixtures/app-store';
import { AppStoreProvider } from '../../src/ui/store-context';
import { defaultScenario, parseScenario } from '../../src/scenario/validate';
import type { Scenario } from '../../src/scenario/format';

export function scenarioOf(protocol: Scenario['protocol'], extra: Record<string, unknown> = {}): Scenario {
  const parsed = parseScenario({ ...defaultScenario(protocol), until: 3000, ...extra });
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.scenario;
}

export function renderWithStore(ui: ReactNode, options: AppStoreOptions = {}) {
  const store = createAppStore({ scenario: scenarioOf('raft'), ...options });
  const result = render(<AppStoreProvider store={store}>{ui}</AppStoreProvider>);
  return { store, ...result };
}
