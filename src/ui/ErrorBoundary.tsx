// Keeps one panel's rendering problem (e.g. a protocol view still landing) inside that panel.
import { Component, type ReactNode } from 'react';
import { t } from '../i18n/translate';

export class ErrorBoundary extends Component<{ children: ReactNode; label: string; resetKey?: unknown }, { failed: boolean; key: unknown }> {
  override state = { failed: false, key: undefined as unknown };

  static getDerivedStateFromError(): Partial<{ failed: boolean }> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: { resetKey?: unknown }, state: { failed: boolean; key: unknown }) {
    return props.resetKey !== state.key ? { failed: false, key: props.resetKey } : null;
  }

  override componentDidCatch(): void {
    // Shown in the panel; nothing to report.
  }

  override render() {
    if (this.state.failed) return <p className="muted">{t('controls.panelFailed', { panel: this.props.label })}</p>;
    return this.props.children;
  }
}
