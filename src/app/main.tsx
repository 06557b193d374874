import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Bundled fonts (work offline): Noto Naskh Arabic for reading, Noto Sans Arabic + Noto Sans for the interface.
import '@fontsource/noto-naskh-arabic/arabic-400.css';
import '@fontsource/noto-naskh-arabic/arabic-700.css';
import '@fontsource/noto-sans-arabic/arabic-400.css';
import '@fontsource/noto-sans-arabic/arabic-600.css';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-600.css';
import '@fontsource/noto-sans/latin-700.css';
import '@fontsource/noto-sans/latin-ext-400.css';
import '../styles/tokens.css';
import '../styles/base.css';
import '../styles/layout.css';
import '../styles/timeline.css';
import '../styles/graph.css';
import '../styles/panel.css';
import '../styles/export.css';
import '../styles/print.css';
import '../styles/ingest.css';
import '../styles/corrections.css';
import '../styles/briefing.css';
import '../styles/edit.css';
import '../styles/mentions.css';
import '../i18n/i18n';
import { syncDocumentWithStore } from '../i18n/sync-document';
import { followComparison } from '../briefing/comparison-coordinator';
import { applyUrlPreferences } from '../url/use-url-sync';
import { AppShell } from './app-shell';
import { markPhase } from '../views/shared/test-hooks';

markPhase('modules-evaluated');
applyUrlPreferences();
syncDocumentWithStore();
followComparison();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppShell />
  </StrictMode>,
);
